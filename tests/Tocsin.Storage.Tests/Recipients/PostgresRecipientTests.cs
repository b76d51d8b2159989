using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Recipients;

/// <summary>The recipient contract on the PostgreSQL engine.</summary>
public sealed class PostgresRecipientTests(PostgresServer server) : RecipientContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
