using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Reads;

/// <summary>The read-log contract on the PostgreSQL engine.</summary>
public sealed class PostgresReadLogTests(PostgresServer server) : ReadLogContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
