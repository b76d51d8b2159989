using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The partner change contract on the PostgreSQL engine.</summary>
public sealed class PostgresPartnerChangeTests(PostgresServer server) : PartnerChangeContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
