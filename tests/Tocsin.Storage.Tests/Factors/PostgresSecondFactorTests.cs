using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Factors;

/// <summary>The second factor contract on the PostgreSQL engine.</summary>
public sealed class PostgresSecondFactorTests(PostgresServer server) : SecondFactorContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
