using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Webhooks;

/// <summary>The delivery history and dead-letter contract on the PostgreSQL engine.</summary>
public sealed class PostgresDeadLetterTests(PostgresServer server) : DeadLetterContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
