namespace Tocsin.Storage.Tests.Contributions;

/// <summary>The contribution contract on the SQLite engine.</summary>
public sealed class SqliteContributionTests : ContributionContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
