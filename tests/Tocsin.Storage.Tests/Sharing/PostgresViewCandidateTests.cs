using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The view candidate contract on the PostgreSQL engine.</summary>
public sealed class PostgresViewCandidateTests(PostgresServer server) : ViewCandidateContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
