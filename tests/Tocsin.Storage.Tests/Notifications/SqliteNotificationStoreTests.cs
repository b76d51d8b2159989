namespace Tocsin.Storage.Tests.Notifications;

/// <summary>The notification outbox contract on the SQLite engine.</summary>
public sealed class SqliteNotificationStoreTests : NotificationStoreContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
