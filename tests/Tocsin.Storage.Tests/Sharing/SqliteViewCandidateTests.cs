namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The view candidate contract on the SQLite engine.</summary>
public sealed class SqliteViewCandidateTests : ViewCandidateContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
