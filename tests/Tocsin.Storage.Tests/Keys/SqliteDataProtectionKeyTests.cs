namespace Tocsin.Storage.Tests.Keys;

/// <summary>The key ring contract on the SQLite engine.</summary>
public sealed class SqliteDataProtectionKeyTests : DataProtectionKeyContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
