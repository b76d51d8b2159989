namespace Tocsin.Storage.Tests.Reads;

/// <summary>The read-log contract on the SQLite engine.</summary>
public sealed class SqliteReadLogTests : ReadLogContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
