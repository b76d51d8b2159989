using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Plan;

/// <summary>The plan contract on the PostgreSQL engine.</summary>
public sealed class PostgresPlanTests(PostgresServer server) : PlanContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
