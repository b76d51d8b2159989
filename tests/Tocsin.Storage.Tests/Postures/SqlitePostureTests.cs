namespace Tocsin.Storage.Tests.Postures;

/// <summary>The posture contract on the SQLite engine.</summary>
public sealed class SqlitePostureTests : PostureContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
