namespace Tocsin.Storage.Tests.Recipients;

/// <summary>The recipient contract on the SQLite engine.</summary>
public sealed class SqliteRecipientTests : RecipientContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
