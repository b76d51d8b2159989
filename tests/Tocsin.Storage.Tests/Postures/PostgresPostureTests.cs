using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Postures;

/// <summary>The posture contract on the PostgreSQL engine.</summary>
public sealed class PostgresPostureTests(PostgresServer server) : PostureContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
