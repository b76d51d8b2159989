namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The partner certificate contract on the SQLite engine.</summary>
public sealed class SqlitePartnerCertificateTests : PartnerCertificateContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
