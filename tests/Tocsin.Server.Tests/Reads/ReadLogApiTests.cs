using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Server.Reads;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Storage.Sharing;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Reads;

/// <summary>The read log over HTTP: administrators only, filters, bound paging, exports, and every look audited.</summary>
public sealed class ReadLogApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Password = "read-log-password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_is_401_and_staff_other_than_administrators_403()
    {
        var analyst = Some.Alias("analyst");
        await app.AddUserAsync(analyst, [Role.Analyst, Role.Approver, Role.WatchOfficer], Password);
        using var anonymous = app.CreateClient();
        using var staff = app.CreateClient(analyst, Password);

        var statuses = new[]
        {
            (await anonymous.GetAsync(Url("/api/v1/reads"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/reads"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/reads/export"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/admin/reads"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], statuses);
    }

    [Fact]
    public async Task An_administrator_pages_through_the_filtered_log_with_next()
    {
        var (admin, reader) = await SeedAsync(3);

        var first = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/reads?principal={reader}&limit=2"), Ct)));
        var next = first.GetProperty("next").GetString()!;
        var second = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await admin.GetAsync(Url($"/api/v1/reads?principal={reader}&limit=2&next={Uri.EscapeDataString(next)}"), Ct)));

        Assert.Equal(("report--0 report--1", true, "report--2", false),
            (Ids(first), first.GetProperty("more").GetBoolean(), Ids(second), second.GetProperty("more").GetBoolean()));
    }

    [Fact]
    public async Task A_cursor_replayed_with_other_filters_is_a_400_problem()
    {
        var (admin, reader) = await SeedAsync(3);
        var first = Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/reads?principal={reader}&limit=1"), Ct)));
        var next = Uri.EscapeDataString(first.GetProperty("next").GetString()!);

        var response = await admin.GetAsync(Url($"/api/v1/reads?principal={reader}&path=web&limit=1&next={next}"), Ct);

        Assert.Equal(ReadLogErrors.FilterInvalidCode, Json(await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json")).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("path=TAXII")]
    [InlineData("since=yesterday")]
    [InlineData("since=2024-03-22T00:00:00")]
    [InlineData("since=2024-03-22T00:00:00Z&until=2024-03-21T00:00:00Z")]
    [InlineData("limit=0")]
    [InlineData("limit=lots")]
    [InlineData("next=forged.cursor")]
    public async Task A_bad_filter_is_a_400_problem_and_audits_nothing(string filter)
    {
        var (admin, _) = await SeedAsync(1);
        var before = await app.AuditSequenceAsync();

        var response = await admin.GetAsync(Url("/api/v1/reads?" + filter), Ct);

        var code = Json(await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json")).GetProperty("code").GetString();
        Assert.Equal((ReadLogErrors.FilterInvalidCode, before), (code, await app.AuditSequenceAsync()));
    }

    [Fact]
    public async Task Reading_the_log_is_itself_on_the_audit_log()
    {
        var (admin, reader) = await SeedAsync(1);
        var before = await app.AuditSequenceAsync();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/reads?principal={reader}"), Ct));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/reads/export?principal={reader}"), Ct));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/admin/reads?principal={reader}"), Ct));

        Assert.Equal(before + 3, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task The_csv_export_has_a_header_and_one_line_per_read()
    {
        var (admin, reader) = await SeedAsync(2);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/reads/export?format=csv&principal={reader}"), Ct), "text/csv");

        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((ReadLogExport.CsvHeader, 3, ",report--1,v1,search"), (lines[0], lines.Length, lines[2][lines[2].LastIndexOf(",report", StringComparison.Ordinal)..]));
    }

    [Fact]
    public async Task The_json_export_is_an_array_of_the_rows()
    {
        var (admin, reader) = await SeedAsync(2);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/reads/export?format=json&principal={reader}"), Ct), "application/json");

        var rows = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal([(reader, "report--0", "search"), (reader, "report--1", "search")],
            rows.Select(r => (r.GetProperty("principal").GetString(), r.GetProperty("objectId").GetString(), r.GetProperty("path").GetString())));
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_400_problem()
    {
        var (admin, _) = await SeedAsync(1);

        var response = await admin.GetAsync(Url("/api/v1/reads/export?format=xml"), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json");
    }

    [Fact]
    public async Task The_admin_page_lists_the_reads_and_says_what_is_wrong_with_a_filter()
    {
        var (admin, reader) = await SeedAsync(1);

        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/admin/reads?principal={reader}"), Ct));
        var refused = await admin.GetAsync(Url("/admin/reads?since=yesterday"), Ct);

        Assert.Equal((true, HttpStatusCode.BadRequest), (page.Contains("<td>report--0</td>", StringComparison.Ordinal), refused.StatusCode));
    }

    /// <summary>An administrator's client and a new reader with <paramref name="count"/> reads through search.</summary>
    private async Task<(HttpClient Admin, string Reader)> SeedAsync(int count)
    {
        var admin = Some.Alias("admin");
        await app.AddUserAsync(admin, Role.Admin, Password);
        var reader = Some.Alias("reader");
        var store = app.Services.GetRequiredService<ITocsinStore>();
        await store.Reads.RecordAsync(new ReadLogReader(Guid.NewGuid(), reader), ReadPaths.Search,
            [.. Enumerable.Range(0, count).Select(i => new SharedVersion($"report--{i}", "v1"))], DateTimeOffset.UnixEpoch.AddYears(54), Ct);
        return (app.CreateClient(admin, Password), reader);
    }

    private static string Ids(JsonElement page) => string.Join(' ', page.GetProperty("reads").EnumerateArray().Select(r => r.GetProperty("objectId").GetString()));

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    private static Uri Url(string path) => new(path, UriKind.Relative);
}
