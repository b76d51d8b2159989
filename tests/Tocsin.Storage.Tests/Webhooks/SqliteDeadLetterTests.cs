namespace Tocsin.Storage.Tests.Webhooks;

/// <summary>The delivery history and dead-letter contract on the SQLite engine.</summary>
public sealed class SqliteDeadLetterTests : DeadLetterContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
