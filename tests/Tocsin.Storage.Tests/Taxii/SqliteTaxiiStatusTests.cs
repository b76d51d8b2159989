namespace Tocsin.Storage.Tests.Taxii;

/// <summary>The TAXII status contract on the SQLite engine.</summary>
public sealed class SqliteTaxiiStatusTests : TaxiiStatusContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
