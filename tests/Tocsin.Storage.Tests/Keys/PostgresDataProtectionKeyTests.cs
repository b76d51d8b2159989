using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Keys;

/// <summary>The key ring contract on the PostgreSQL engine.</summary>
public sealed class PostgresDataProtectionKeyTests(PostgresServer server) : DataProtectionKeyContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
