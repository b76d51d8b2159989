using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Taxii;

/// <summary>The TAXII status contract on the PostgreSQL engine.</summary>
public sealed class PostgresTaxiiStatusTests(PostgresServer server) : TaxiiStatusContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
