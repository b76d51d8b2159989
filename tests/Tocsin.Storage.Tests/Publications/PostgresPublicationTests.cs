using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Publications;

/// <summary>The publication contract on the PostgreSQL engine.</summary>
public sealed class PostgresPublicationTests(PostgresServer server) : PublicationContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
