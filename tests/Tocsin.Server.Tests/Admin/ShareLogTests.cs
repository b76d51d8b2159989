using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Admin;

/// <summary>The share log for administrators: filters, a bound cursor, the CSV export and the page.</summary>
public sealed class ShareLogTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    private static readonly DateTimeOffset Day = DateTimeOffset.Parse("2024-03-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A partner that received <paramref name="count"/> versions, a minute apart from <see cref="Day"/>; and an admin's client.</summary>
    private async Task<(string Partner, HttpClient Admin, string AdminName)> SeedAsync(int count)
    {
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, AdminSignIn.Password);
        var id = (await store.FindPrincipalAsync(partner, Ct))!.Id;
        for (var i = 0; i < count; i++)
        {
            await store.Sharing.LogSharedAsync(id, [new SharedVersion($"report--{partner}-{i}", "2024-03-22T09:00:00.000Z")], Day.AddMinutes(i), Ct);
        }

        var admin = Some.Alias("admin");
        await app.AddUserAsync(admin, Role.Admin, AdminSignIn.Password);
        return (partner, app.CreateClient(admin, AdminSignIn.Password), admin);
    }

    [Fact]
    public async Task Only_administrators_read_the_share_log()
    {
        var analyst = Some.Alias("analyst");
        await app.AddUserAsync(analyst, [Role.Analyst, Role.WatchOfficer], AdminSignIn.Password);
        using var staff = app.CreateClient(analyst, AdminSignIn.Password);
        using var anonymous = app.CreateClient();

        var statuses = new[]
        {
            (await anonymous.GetAsync(Url("/api/v1/share-log"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/share-log"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/share-log/export?format=csv"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/admin/share-log"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], statuses);
    }

    [Fact]
    public async Task A_partners_rows_come_in_pages_joined_by_next()
    {
        var (partner, admin, _) = await SeedAsync(3);

        var first = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/share-log?partner={partner}&limit=2"), Ct)));
        var next = Uri.EscapeDataString(first.GetProperty("next").GetString()!);
        var second = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/share-log?partner={partner}&limit=2&next={next}"), Ct)));

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("objectId").GetString());
        Assert.Equal(($"report--{partner}-0 report--{partner}-1 report--{partner}-2", JsonValueKind.Null),
            (string.Join(' ', ids), second.GetProperty("next").ValueKind));
    }

    [Fact]
    public async Task Time_and_object_filters_select_rows()
    {
        var (partner, admin, _) = await SeedAsync(3);

        var timed = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await admin.GetAsync(Url($"/api/v1/share-log?partner={partner}&from=2024-03-22T10:01:00Z&to=2024-03-22T10:02:00Z"), Ct)));
        var one = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/share-log?object=report--{partner}-2"), Ct)));

        Assert.Equal(($"report--{partner}-1", 1, partner), (timed.GetProperty("items")[0].GetProperty("objectId").GetString(),
            one.GetProperty("items").GetArrayLength(), one.GetProperty("items")[0].GetProperty("partner").GetString()));
    }

    [Fact]
    public async Task A_cursor_replayed_by_another_administrator_or_with_other_filters_is_a_400_problem()
    {
        var (partner, admin, _) = await SeedAsync(2);
        var (_, other, _) = await SeedAsync(0);
        var first = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/share-log?partner={partner}&limit=1"), Ct)));
        var next = Uri.EscapeDataString(first.GetProperty("next").GetString()!);

        var otherFilters = await admin.GetAsync(Url($"/api/v1/share-log?partner={partner}&limit=2&next={next}"), Ct);
        var otherAdmin = await other.GetAsync(Url($"/api/v1/share-log?partner={partner}&limit=1&next={next}"), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (otherFilters.StatusCode, otherAdmin.StatusCode));
    }

    [Fact]
    public async Task Bad_filters_and_unknown_partners_are_problems()
    {
        var (_, admin, _) = await SeedAsync(0);

        var statuses = new[]
        {
            (await admin.GetAsync(Url("/api/v1/share-log?from=yesterday"), Ct)).StatusCode,
            (await admin.GetAsync(Url("/api/v1/share-log?from=2024-03-23T00:00:00Z&to=2024-03-22T00:00:00Z"), Ct)).StatusCode,
            (await admin.GetAsync(Url("/api/v1/share-log?limit=5000"), Ct)).StatusCode,
            (await admin.GetAsync(Url("/api/v1/share-log/export?format=xml"), Ct)).StatusCode,
            (await admin.GetAsync(Url("/api/v1/share-log?partner=nobody-at-all"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound], statuses);
    }

    [Fact]
    public async Task The_csv_export_has_a_header_and_one_line_per_row()
    {
        var (partner, admin, _) = await SeedAsync(2);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/share-log/export?format=csv&partner={partner}"), Ct), "text/csv");

        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(("shared_at,partner,object_id,version", 3, $"2024-03-22T10:01:00.000000Z,{partner},report--{partner}-1,2024-03-22T09:00:00.000Z"),
            (lines[0], lines.Length, lines[2]));
    }

    [Fact]
    public async Task The_page_lists_rows_links_the_next_page_and_says_what_is_wrong_with_a_filter()
    {
        var (partner, _, _) = await SeedAsync(2);
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);

        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.GetAsync(Url($"/admin/share-log?partner={partner}"), Ct));
        var refused = await browser.GetAsync(Url("/admin/share-log?from=yesterday"), Ct);

        Assert.Equal((true, true, HttpStatusCode.BadRequest), (page.Contains($"<td>report--{partner}-1</td>", StringComparison.Ordinal),
            page.Contains("id=\"share-log-csv\"", StringComparison.Ordinal), refused.StatusCode));
    }
}
