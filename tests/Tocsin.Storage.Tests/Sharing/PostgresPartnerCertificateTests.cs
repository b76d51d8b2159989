using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The partner certificate contract on the PostgreSQL engine.</summary>
public sealed class PostgresPartnerCertificateTests(PostgresServer server) : PartnerCertificateContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);
}
