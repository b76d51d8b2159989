using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Principals;

/// <summary>The disabled-user contract on the PostgreSQL engine.</summary>
public sealed class PostgresDisabledUserTests(PostgresServer server) : DisabledUserContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
