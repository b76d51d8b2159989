namespace Tocsin.Storage.Tests.Plan;

/// <summary>The plan contract on the SQLite engine.</summary>
public sealed class SqlitePlanTests : PlanContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
