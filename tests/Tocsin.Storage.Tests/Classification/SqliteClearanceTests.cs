namespace Tocsin.Storage.Tests.Classification;

/// <summary>The clearance contract on the SQLite engine.</summary>
public sealed class SqliteClearanceTests : ClearanceContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
