namespace Tocsin.Storage.Tests.Publications;

/// <summary>The publication contract on the SQLite engine.</summary>
public sealed class SqlitePublicationTests : PublicationContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
