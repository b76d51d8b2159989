namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The sharing contract on the SQLite engine.</summary>
public sealed class SqliteSharingTests : SharingContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
