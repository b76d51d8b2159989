using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Notifications;

/// <summary>The notification outbox contract on the PostgreSQL engine.</summary>
public sealed class PostgresNotificationStoreTests(PostgresServer server) : NotificationStoreContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
