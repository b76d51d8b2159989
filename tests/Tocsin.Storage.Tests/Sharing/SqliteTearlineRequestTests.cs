namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The tearline request contract on the SQLite engine.</summary>
public sealed class SqliteTearlineRequestTests : TearlineRequestContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
