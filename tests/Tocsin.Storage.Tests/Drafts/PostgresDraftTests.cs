using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Drafts;

/// <summary>The draft contract on the PostgreSQL engine.</summary>
public sealed class PostgresDraftTests(PostgresServer server) : DraftContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
