using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Admin;

/// <summary>A row of the audit log changed behind the server's back in SQLite: the verify button says where the chain breaks.</summary>
public sealed class AuditTamperTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_audit_page_reports_the_entry_an_insider_altered()
    {
        await using var app = new TocsinApp();
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);
        await app.AddUserAsync("tampered-subject", Role.Analyst, AdminSignIn.Password);
        var directory = app.Services.GetRequiredService<ServerSettings>().DataDirectory;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory, StoreOpener.DatabaseFileName)};Pooling=false"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_log SET subject = 'someone-else' WHERE sequence = 2";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }

        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await AdminSignIn.PostFormAsync(browser, "/admin/audit", "audit-verify", new Dictionary<string, string>()));

        Assert.Equal((true, true), (page.Contains("data-intact=\"false\"", StringComparison.Ordinal),
            page.Contains("<dd id=\"audit-break\">2 — hash-mismatch", StringComparison.Ordinal)));
    }
}
