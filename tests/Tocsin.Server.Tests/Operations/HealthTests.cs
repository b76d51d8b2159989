using System.Net;
using Microsoft.Data.Sqlite;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Operations;

/// <summary>Liveness and readiness (docs/operations.md "Health").</summary>
public sealed class HealthTests
{
    [Theory]
    [InlineData("/health", "ok")]
    [InlineData("/health/live", "ok")]
    [InlineData("/health/ready", "ready")]
    public async Task A_healthy_server_answers_every_probe(string path, string status)
    {
        await using var app = new TocsinApp();
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync(path), "application/json");

        Assert.Equal(status, PlanHttp.Json(body).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_answers_503_with_a_problem_when_the_database_cannot_be_used_while_liveness_stays_up()
    {
        await using var app = new TocsinApp();
        using var client = app.CreateClient();
        (await client.GetPathAsync("/health/ready")).Dispose();
        await BreakDatabaseAsync(app.DatabaseFile);

        var ready = await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, await client.GetPathAsync("/health/ready"), "application/problem+json");
        var live = await client.GetPathAsync("/health/live");

        Assert.Equal(("database-unreachable", HttpStatusCode.OK), (PlanHttp.Code(ready), live.StatusCode));
    }

    // The store's audit table vanishes under the running server, as when a database is lost or swapped.
    private static async Task BreakDatabaseAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "ALTER TABLE audit_log RENAME TO audit_log_gone;";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
