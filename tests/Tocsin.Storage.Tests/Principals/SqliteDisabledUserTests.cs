namespace Tocsin.Storage.Tests.Principals;

/// <summary>The disabled-user contract on the SQLite engine.</summary>
public sealed class SqliteDisabledUserTests : DisabledUserContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
