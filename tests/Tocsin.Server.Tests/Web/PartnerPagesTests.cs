using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Web;

/// <summary>The partner administration pages (docs/partner-administration.md): administrators only, plain forms with
/// antiforgery, refusals shown beside their field with nothing written, and "see as partner" giving the reason.</summary>
public sealed class PartnerPagesTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "correct horse";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Role.Analyst, "/admin/partners")]
    [InlineData(Role.Approver, "/admin/partners/{partner}")]
    [InlineData(Role.WatchOfficer, "/admin/partners/{partner}/view")]
    [InlineData(Role.Analyst, "/admin/partners/{partner}/view")]
    public async Task Staff_other_than_administrators_may_not_open_partner_pages(Role role, string path)
    {
        var partner = await PartnerAsync("green");
        var name = Some.Alias("staff");
        await app.AddUserAsync(name, role, Password);
        using var staff = app.CreateClient(name, Password);

        var response = await staff.GetAsync(Url(path.Replace("{partner}", partner, StringComparison.Ordinal)), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_partner_key_opens_no_partner_page()
    {
        var partner = await PartnerAsync("green");
        var key = await IssueKeyAsync(partner);
        using var client = app.CreateClient(key, string.Empty);

        var statuses = new[]
        {
            (await client.GetAsync(Url("/admin/partners"), Ct)).StatusCode,
            (await client.GetAsync(Url($"/admin/partners/{partner}"), Ct)).StatusCode,
            (await client.GetAsync(Url($"/admin/partners/{partner}/view"), Ct)).StatusCode,
        };

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
    }

    [Fact]
    public async Task An_administrator_adds_a_partner_through_the_form_and_sees_its_key_once()
    {
        using var browser = await AdminBrowserAsync();
        var name = Some.Alias("bfv");

        var html = await PostFormAsync(browser, "/admin/partners", "partner-add", new()
        {
            ["Add.Name"] = name,
            ["Add.Country"] = "deu",
            ["Add.Ceiling"] = "amber",
            ["Add.Rel"] = "EU, NATO",
        });
        var listed = await browser.GetStringAsync(Url("/admin/partners"), Ct);

        Assert.Matches("<code>tk_[0-9a-f]{12}_", html);
        Assert.Contains($"data-partner=\"{name}\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("tk_", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_country_is_shown_beside_its_field_and_adds_nobody()
    {
        using var browser = await AdminBrowserAsync();
        var name = Some.Alias("bfv");

        var html = await PostFormAsync(browser, "/admin/partners", "partner-add", new()
        {
            ["Add.Name"] = name,
            ["Add.Country"] = "Germany",
            ["Add.Ceiling"] = "amber",
        });
        using var admin = await AdminApiAsync();

        Assert.Contains("id=\"add-country-error\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Url($"/api/v1/partners/{name}"), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_adds_nobody()
    {
        using var browser = await AdminBrowserAsync();
        var name = Some.Alias("bfv");

        var response = await browser.PostAsync(Url("/admin/partners"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "partner-add",
            ["Add.Name"] = name,
            ["Add.Country"] = "DEU",
            ["Add.Ceiling"] = "amber",
        }), Ct);
        using var admin = await AdminApiAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Url($"/api/v1/partners/{name}"), Ct)).StatusCode);
    }

    [Fact]
    public async Task The_profile_form_changes_the_ceilings_in_one_change()
    {
        var partner = await PartnerAsync("green");
        using var browser = await AdminBrowserAsync();

        await PostFormAsync(browser, $"/admin/partners/{partner}", "partner-profile", new()
        {
            ["Profile.Country"] = "FRA",
            ["Profile.Ceiling"] = "amber",
            ["Profile.ClassificationCeiling"] = "DIFFUSION RESTREINTE",
            ["Profile.Rel"] = "EU",
        });
        var shown = await ShowAsync(partner);

        Assert.Equal(("amber", "DIFFUSION RESTREINTE", "EU"),
            (shown.GetProperty("ceiling").GetString(), shown.GetProperty("classificationCeiling").GetString(), shown.GetProperty("rel")[0].GetString()));
    }

    [Fact]
    public async Task An_unknown_classification_level_changes_nothing_of_the_profile()
    {
        var partner = await PartnerAsync("green");
        using var browser = await AdminBrowserAsync();

        var html = await PostFormAsync(browser, $"/admin/partners/{partner}", "partner-profile", new()
        {
            ["Profile.Country"] = "DEU",
            ["Profile.Ceiling"] = "red",
            ["Profile.ClassificationCeiling"] = "COSMIC",
        });
        var shown = await ShowAsync(partner);

        Assert.Contains("id=\"profile-classification-error\"", html, StringComparison.Ordinal);
        Assert.Equal(("green", "FRA"), (shown.GetProperty("ceiling").GetString(), shown.GetProperty("country").GetString()));
    }

    [Fact]
    public async Task Keys_are_issued_shown_once_and_revoked_from_the_page()
    {
        var partner = await PartnerAsync("green");
        using var browser = await AdminBrowserAsync();

        var issued = await PostFormAsync(browser, $"/admin/partners/{partner}", "partner-issue", new() { ["Issue.ExpiresAt"] = "2099-01-01T00:00:00Z" });
        var keys = (await ShowAsync(partner)).GetProperty("keys").EnumerateArray().ToList();
        var newest = keys.Single(k => k.TryGetProperty("expiresAt", out var e) && e.ValueKind == JsonValueKind.String).GetProperty("keyId").GetString()!;
        await PostFormAsync(browser, $"/admin/partners/{partner}", "partner-revoke", new() { ["Revoke.KeyId"] = newest });
        var after = (await ShowAsync(partner)).GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == newest);

        Assert.Contains($"<code>tk_{newest}_", issued, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, after.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task A_key_expiring_in_the_past_is_refused_beside_its_field_and_issues_nothing()
    {
        var partner = await PartnerAsync("green");
        using var browser = await AdminBrowserAsync();
        var before = (await ShowAsync(partner)).GetProperty("keys").GetArrayLength();

        var html = await PostFormAsync(browser, $"/admin/partners/{partner}", "partner-issue", new() { ["Issue.ExpiresAt"] = "2001-01-01T00:00:00Z" });

        Assert.Contains("id=\"issue-expiry-error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, (await ShowAsync(partner)).GetProperty("keys").GetArrayLength());
    }

    [Fact]
    public async Task Seeing_as_a_green_partner_lists_an_amber_object_as_withheld_with_its_reason()
    {
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var green = $"indicator--{Guid.NewGuid():D}";
        var amber = $"indicator--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync(collection.Alias, Indicator(green, TlpMarkings.GreenId), Indicator(amber, TlpMarkings.AmberId));
        var partner = await PartnerAsync("green");
        await app.GrantAsync(collection, partner, CollectionRights.Read);
        using var admin = await AdminApiAsync();

        var html = await admin.GetStringAsync(Url($"/admin/partners/{partner}/view?collection={collection.Alias}"), Ct);
        var received = html[html.IndexOf("id=\"received\"", StringComparison.Ordinal)..html.IndexOf("id=\"withheld-heading\"", StringComparison.Ordinal)];
        var withheld = html[html.IndexOf("id=\"withheld\"", StringComparison.Ordinal)..];

        Assert.Contains(green, received, StringComparison.Ordinal);
        Assert.DoesNotContain(amber, received, StringComparison.Ordinal);
        Assert.Contains($"data-id=\"{amber}\" data-marking=\"tlp:amber\" data-reason=\"above-ceiling\"", withheld, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "<h1>Partners</h1>", "Add a partner")]
    [InlineData("fr", "<h1>Partenaires</h1>", "Ajouter un partenaire")]
    public async Task The_partners_page_speaks_the_readers_language(string language, string heading, string formHeading)
    {
        using var admin = await AdminApiAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = await admin.GetStringAsync(Url("/admin/partners"), Ct);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(formHeading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_partner_page_is_not_found()
    {
        using var admin = await AdminApiAsync();

        var statuses = new[]
        {
            (await admin.GetAsync(Url("/admin/partners/nobody-here"), Ct)).StatusCode,
            (await admin.GetAsync(Url("/admin/partners/nobody-here/view"), Ct)).StatusCode,
        };

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<HttpClient> AdminApiAsync()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, Password);
        return app.CreateClient(name, Password);
    }

    private async Task<HttpClient> AdminBrowserAsync()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, Password);
        var browser = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(browser, name, Password);
        return browser;
    }

    /// <summary>A new partner made through the API, FRA, with the given TLP ceiling.</summary>
    private async Task<string> PartnerAsync(string ceiling)
    {
        using var admin = await AdminApiAsync();
        var name = Some.Alias("partner");
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name, country = "FRA", ceiling }, Ct));
        return name;
    }

    private async Task<string> IssueKeyAsync(string partner)
    {
        using var admin = await AdminApiAsync();
        var body = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync(Url($"/api/v1/partners/{partner}/keys"), new { }, Ct));
        return JsonDocument.Parse(body).RootElement.GetProperty("apiKey").GetString()!;
    }

    private async Task<JsonElement> ShowAsync(string partner)
    {
        using var admin = await AdminApiAsync();
        return JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/partners/{partner}"), Ct))).RootElement;
    }

    /// <summary>Opens the page, posts one of its forms with the page's antiforgery token, and returns the page answered.</summary>
    private static async Task<string> PostFormAsync(HttpClient browser, string path, string form, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(Url(path), Ct);
        fields["_handler"] = form;
        fields["__RequestVerificationToken"] = BrowserForms.Token(page);
        var response = await browser.PostAsync(Url(path), new FormUrlEncodedContent(fields), Ct);
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
    }

    private static string Indicator(string id, string marking) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"2024-03-22T18:00:00.000Z","modified":"2024-03-22T18:00:00.000Z",
         "name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z","object_marking_refs":["{{marking}}"]}
        """;
}
