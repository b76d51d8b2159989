using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The tearline request contract on the PostgreSQL engine.</summary>
public sealed class PostgresTearlineRequestTests(PostgresServer server) : TearlineRequestContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
