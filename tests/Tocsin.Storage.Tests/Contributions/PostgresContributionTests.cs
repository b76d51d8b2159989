using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Contributions;

/// <summary>The contribution contract on the PostgreSQL engine.</summary>
public sealed class PostgresContributionTests(PostgresServer server) : ContributionContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
