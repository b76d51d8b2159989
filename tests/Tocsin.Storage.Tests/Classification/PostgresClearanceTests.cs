using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Classification;

/// <summary>The clearance contract on the PostgreSQL engine.</summary>
public sealed class PostgresClearanceTests(PostgresServer server) : ClearanceContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
