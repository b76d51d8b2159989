namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The partner change contract on the SQLite engine.</summary>
public sealed class SqlitePartnerChangeTests : PartnerChangeContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
