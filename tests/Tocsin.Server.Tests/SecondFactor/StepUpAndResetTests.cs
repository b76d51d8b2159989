using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Plan;
using Tocsin.Server.Tests.Web;

namespace Tocsin.Server.Tests.SecondFactor;

/// <summary>Step-up before deciding (a stale second factor is asked again; the page sends the approver to re-verify and
/// back) and the administrator's reset.</summary>
public sealed class StepUpAndResetTests(FactorApp app) : IClassFixture<FactorApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approving_with_a_stale_second_factor_is_refused_then_succeeds_after_re_verifying()
    {
        var id = await ProposeAsync("FRA-D33");
        var approver = await app.AddUserAsync(Role.Approver);
        var secret = await app.EnrolTotpAsync(approver);
        using var browser = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(browser, approver, FactorApp.Password);
        (await FactorApp.PostFormAsync(browser, "/account/verify", "verify", new() { ["Code"] = app.NextCode(secret) })).Dispose();
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        using var stale = await ApproveAsync(browser, id);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var status = await DecisionStatusAsync(id);
        var verified = await FactorApp.PostFormAsync(browser, "/account/verify", "verify", new() { ["Code"] = app.NextCode(secret) });
        using var fresh = await ApproveAsync(browser, id);

        Assert.Equal((HttpStatusCode.Forbidden, "step-up-required", "/account/verify"),
            (stale.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("verify").GetString()));
        Assert.Equal("proposed", status);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task The_decision_page_sends_a_stale_approver_to_re_verify_and_back()
    {
        var id = await ProposeAsync("FRA-D34");
        var approver = await app.AddUserAsync(Role.Approver);
        var secret = await app.EnrolTotpAsync(approver);
        using var browser = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(browser, approver, FactorApp.Password);
        (await FactorApp.PostFormAsync(browser, "/account/verify", "verify", new() { ["Code"] = app.NextCode(secret) })).Dispose();
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        var acted = await FactorApp.PostFormAsync(browser, $"/decisions/{id}", "decision-action", new() { ["Form.Action"] = "approve" });

        Assert.Equal((HttpStatusCode.Redirect, $"/account/verify?returnUrl=%2Fdecisions%2F{id}"), (acted.StatusCode, acted.Headers.Location?.PathAndQuery));
        Assert.Equal("proposed", await DecisionStatusAsync(id));
    }

    [Fact]
    public async Task An_administrator_resets_a_users_factors_audited_and_the_user_enrols_again()
    {
        var admin = await app.AddUserAsync(Role.Admin);
        var adminSecret = await app.EnrolTotpAsync(admin);
        var approver = await app.AddUserAsync(Role.Approver);
        await app.EnrolTotpAsync(approver);
        await app.IssueRecoveryCodesAsync(approver);
        using var client = app.CreateClient(admin);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/users/{approver}/second-factor/reset", UriKind.Relative))
        {
            Headers = { { "Tocsin-Otp", app.NextCode(adminSecret) } },
        };
        using var reset = await client.SendAsync(request, Ct);
        var principal = (await app.Store.FindPrincipalAsync(approver, Ct))!;
        var left = await app.Store.SecondFactors.SummaryAsync(principal.Id, Ct);
        var head = await app.Store.Audit.HeadAsync(Ct);
        using var browser = app.CreateBrowserClient();
        var signIn = await BrowserForms.SignInAsync(browser, approver, FactorApp.Password);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal((false, 0), (left.Any, left.RecoveryCodesLeft));
        var adminId = (await app.Store.FindPrincipalAsync(admin, Ct))!.Id.ToString("D");
        Assert.Equal((AuditActions.SecondFactorReset, principal.Id.ToString("D"), adminId), (head!.Action, head.Subject, head.Actor));
        Assert.StartsWith("/account/enrol", signIn.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_by_a_non_administrator_is_refused_and_changes_nothing()
    {
        var analyst = await app.AddUserAsync(Role.Analyst);
        var approver = await app.AddUserAsync(Role.Approver);
        await app.EnrolTotpAsync(approver);
        using var client = app.CreateClient(analyst);

        using var reset = await client.PostAsync(new Uri($"/api/v1/users/{approver}/second-factor/reset", UriKind.Relative), null, Ct);
        var principal = (await app.Store.FindPrincipalAsync(approver, Ct))!;

        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
        Assert.True((await app.Store.SecondFactors.SummaryAsync(principal.Id, Ct)).Any);
    }

    [Fact]
    public async Task A_reset_of_an_unknown_user_is_not_found()
    {
        var admin = await app.AddUserAsync(Role.Admin);
        var adminSecret = await app.EnrolTotpAsync(admin);
        using var client = app.CreateClient(admin);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/users/nobody-here/second-factor/reset", UriKind.Relative))
        {
            Headers = { { "Tocsin-Otp", app.NextCode(adminSecret) } },
        };

        using var reset = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
    }

    private async Task<string> ProposeAsync(string territory)
    {
        var analyst = await app.AddUserAsync(Role.Analyst);
        using var client = app.CreateClient(analyst);
        using var proposed = await client.PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative), PlanRequests.Proposal("vigilance", territory), Ct);
        var body = await proposed.Content.ReadAsStringAsync(Ct);
        Assert.True(proposed.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private async Task<string?> DecisionStatusAsync(string id)
    {
        var decision = await app.Store.Plan.FindAsync(Guid.Parse(id), Ct);
        return decision?.Status.ToString().ToLowerInvariant();
    }

    private static async Task<HttpResponseMessage> ApproveAsync(HttpClient browser, string id)
    {
        var page = await browser.GetStringAsync(new Uri("/account", UriKind.Relative), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/decisions/{id}/approve", UriKind.Relative));
        request.Headers.Add("RequestVerificationToken", BrowserForms.Token(page));
        request.Headers.Accept.ParseAdd("application/json");
        return await browser.SendAsync(request, Ct);
    }
}
