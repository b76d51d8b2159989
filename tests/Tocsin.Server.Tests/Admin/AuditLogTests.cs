using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Server.Signing;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Admin;

/// <summary>The audit log for administrators: browsing entries and the verify button, by API and page.</summary>
public sealed class AuditLogTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    private async Task<HttpClient> AdminAsync()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, AdminSignIn.Password);
        return app.CreateClient(name, AdminSignIn.Password);
    }

    [Fact]
    public async Task Only_administrators_browse_or_verify_the_log()
    {
        var analyst = Some.Alias("analyst");
        await app.AddUserAsync(analyst, Role.Analyst, AdminSignIn.Password);
        using var staff = app.CreateClient(analyst, AdminSignIn.Password);
        using var anonymous = app.CreateClient();

        var statuses = new[]
        {
            (await anonymous.GetAsync(Url("/api/v1/audit/entries"), Ct)).StatusCode,
            (await anonymous.PostAsync(Url("/api/v1/audit/verify"), null, Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/audit/entries"), Ct)).StatusCode,
            (await staff.PostAsync(Url("/api/v1/audit/verify"), null, Ct)).StatusCode,
            (await staff.GetAsync(Url("/admin/audit"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/admin"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden,
            HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], statuses);
    }

    [Fact]
    public async Task Verifying_an_intact_log_reports_every_entry_and_each_checkpoint_signature()
    {
        using var admin = await AdminAsync();
        var checkpoint = await SignCheckpointAsync(app);

        var report = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsync(Url("/api/v1/audit/verify"), null, Ct)));

        var signed = report.GetProperty("checkpoints").EnumerateArray().Single(c => c.GetProperty("sequence").GetInt64() == checkpoint);
        Assert.Equal((true, true, true, true),
            (report.GetProperty("intact").GetBoolean(), report.GetProperty("entriesChecked").GetInt64() >= checkpoint,
             signed.GetProperty("signatureValid").GetBoolean(), signed.GetProperty("chainReached").GetBoolean()));
    }

    [Fact]
    public async Task Entries_are_filtered_by_action_and_actor_name_and_paged_with_next()
    {
        using var admin = await AdminAsync();
        var creator = Some.Alias("creator");
        await app.AddUserAsync(creator, Role.Admin, AdminSignIn.Password);
        using var client = app.CreateClient(creator, AdminSignIn.Password);
        for (var i = 0; i < 3; i++)
        {
            await app.AddUserAsync(Some.Alias("audited"), Role.Analyst, AdminSignIn.Password);
        }

        var first = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url("/api/v1/audit/entries?action=principal.add&limit=2"), Ct)));
        var next = first.GetProperty("next").GetString()!;
        var second = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/audit/entries?action=principal.add&limit=2&next={next}"), Ct)));

        var sequences = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("sequence").GetInt64())).ToList();
        Assert.True(sequences.All(s => s.Item1 == "principal.add") && sequences.Select(s => s.Item2).Distinct().Count() == 4 && sequences.Count == 4,
            string.Join(", ", sequences));
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_problem()
    {
        using var admin = await AdminAsync();

        var response = await admin.GetAsync(Url("/api/v1/audit/entries?limit=0"), Ct);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json");
        Assert.Equal("audit-filter-invalid", Json(body).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_audit_page_lists_entries_and_its_verify_button_reports_an_intact_chain()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);
        await SignCheckpointAsync(app);

        var listed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.GetAsync(Url("/admin/audit?action=principal.add"), Ct));
        var verified = await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await AdminSignIn.PostFormAsync(browser, "/admin/audit", "audit-verify", new Dictionary<string, string>()));

        Assert.Equal((true, true, true, true), (listed.Contains("<td>principal.add</td>", StringComparison.Ordinal),
            verified.Contains("data-intact=\"true\"", StringComparison.Ordinal), verified.Contains("id=\"checkpoints\"", StringComparison.Ordinal),
            verified.Contains("<td class=\"signature\">valid</td>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Verifying_without_the_antiforgery_token_is_refused()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);

        var response = await browser.PostAsync(Url("/admin/audit"), new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "audit-verify" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Signs a checkpoint of the head with the server's key, as the checkpoint writer does; returns its sequence.</summary>
    internal static async Task<long> SignCheckpointAsync(TocsinApp app)
    {
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var signer = app.Services.GetRequiredService<ServerSigner>();
        var head = (await store.Audit.HeadAsync(Ct))!;
        await store.Audit.AddCheckpointAsync(AuditCheckpoint.Sign(head.Sequence, head.Hash, DateAddedStamp.FromInstant(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)).Microseconds,
            payload => signer.SignDetached(payload)), Ct);
        return head.Sequence;
    }
}
