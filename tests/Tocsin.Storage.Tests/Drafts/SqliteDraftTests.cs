namespace Tocsin.Storage.Tests.Drafts;

/// <summary>The draft contract on the SQLite engine.</summary>
public sealed class SqliteDraftTests : DraftContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
