namespace Tocsin.Storage.Tests.Factors;

/// <summary>The second factor contract on the SQLite engine.</summary>
public sealed class SqliteSecondFactorTests : SecondFactorContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
