namespace Tocsin.Storage.Tests.Webhooks;

/// <summary>The webhook contract on the SQLite engine.</summary>
public sealed class SqliteWebhookTests : WebhookContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
