using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Admin;

/// <summary>The users pages: forms that post with antiforgery, errors beside their field, nothing written on refusal.</summary>
public sealed class UserPagesTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ITocsinStore Store => app.Services.GetRequiredService<ITocsinStore>();

    [Fact]
    public async Task A_weak_password_is_refused_beside_its_field_and_nobody_is_added()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);
        var name = Some.Alias("weak");

        var response = await AdminSignIn.PostFormAsync(browser, "/admin/users", "new-user", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Roles"] = "analyst",
            ["Form.Password"] = "tiny",
        });

        var page = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response);
        Assert.Equal((true, null), (page.Contains("id=\"Password-error\"", StringComparison.Ordinal), await Store.FindPrincipalAsync(name, Ct)));
    }

    [Fact]
    public async Task A_user_added_by_the_form_gets_its_roles_and_its_page()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);
        var name = Some.Alias("added");
        var fields = new List<KeyValuePair<string, string>> { new("Form.Name", name), new("Form.Roles", "analyst"), new("Form.Roles", "approver"), new("Form.Password", "") };

        var response = await PostAsync(browser, "/admin/users", "new-user", fields);

        var added = await Store.FindPrincipalAsync(name, Ct);
        Assert.Equal((HttpStatusCode.Redirect, $"/admin/users/{name}", "analyst,approver"),
            (response.StatusCode, response.Headers.Location?.PathAndQuery, string.Join(",", added!.Roles.Select(RoleNames.ToName))));
    }

    [Fact]
    public async Task A_key_issued_on_the_page_is_shown_once()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);
        var name = Some.Alias("keyed");
        await app.AddUserAsync(name, Role.Analyst, AdminSignIn.Password);

        var issued = await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await AdminSignIn.PostFormAsync(browser, $"/admin/users/{name}", "user-keys", new Dictionary<string, string> { ["Keys.ExpiresIn"] = "30" }));
        var again = await browser.GetStringAsync(new Uri($"/admin/users/{name}", UriKind.Relative), Ct);

        var key = System.Text.RegularExpressions.Regex.Match(issued, "<output id=\"new-key\">(tk_[^<]+)</output>").Groups[1].Value;
        Assert.Equal((true, false, true), (key.Length > 10, again.Contains(key, StringComparison.Ordinal), again.Contains("<tr data-key=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Taking_the_admin_role_from_the_last_administrator_is_refused_on_the_page()
    {
        await using var alone = new TocsinApp();
        var (name, browser) = await AdminSignIn.AsAsync(alone, Role.Admin);

        var response = await AdminSignIn.PostFormAsync(browser, $"/admin/users/{name}", "user-roles", new Dictionary<string, string> { ["Roles.Roles"] = "analyst" });

        var page = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, response);
        var store = alone.Services.GetRequiredService<ITocsinStore>();
        Assert.Equal((true, true), (page.Contains("id=\"Roles-error\"", StringComparison.Ordinal), (await store.FindPrincipalAsync(name, Ct))!.Has(Role.Admin)));
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_changes_nothing()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);
        var name = Some.Alias("forged");

        var response = await browser.PostAsync(new Uri("/admin/users", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-user",
            ["Form.Name"] = name,
            ["Form.Roles"] = "admin",
        }), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, null), (response.StatusCode, await Store.FindPrincipalAsync(name, Ct)));
    }

    [Fact]
    public async Task An_unknown_user_page_is_not_found()
    {
        var (_, browser) = await AdminSignIn.AsAsync(app, Role.Admin);

        var response = await browser.GetAsync(new Uri("/admin/users/nobody-by-that-name", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string formName, List<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
        fields.Add(new("_handler", formName));
        fields.Add(new("__RequestVerificationToken", Web.BrowserForms.Token(page)));
        return await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
    }
}
