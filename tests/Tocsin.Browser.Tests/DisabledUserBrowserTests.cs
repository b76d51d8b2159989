using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Tocsin.Browser.Tests;

/// <summary>An administrator disables a user with the toggle on its page; that user then cannot sign in, and can again
/// once enabled. The user page with the toggle is axe-clean.</summary>
public sealed class DisabledUserBrowserTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const string Password = "a-long-enough-passphrase-for-tests";

    [Fact]
    public async Task A_user_disabled_on_its_page_cannot_sign_in_until_enabled()
    {
        var name = "disabled-" + Guid.NewGuid().ToString("N")[..8];
        await AddUserAsync(name);
        var admin = await browser.NewPageAsync();
        await SignIn.AsAsync(admin, server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        await admin.GotoAsync(new Uri(server.BaseAddress, $"/admin/users/{name}").ToString());

        await admin.ClickAsync("#disable-user");
        await admin.Locator("#enable-user").WaitForAsync();
        var state = await admin.Locator("#account-state").GetAttributeAsync("data-disabled");
        var violations = await Axe.OnPageAsync(admin, $"/admin/users/{name} (disabled)");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await SignIn.AsAsync(await browser.NewPageAsync(), server.BaseAddress, name, Password));
        await admin.ClickAsync("#enable-user");
        await admin.Locator("#disable-user").WaitForAsync();
        await SignIn.AsAsync(await browser.NewPageAsync(), server.BaseAddress, name, Password);

        Assert.Equal(("true", 0), (state, violations.Count));
        Assert.Contains("answered 401", refused.Message, StringComparison.Ordinal);
    }

    private async Task AddUserAsync(string name)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + DemoServer.PasswordOf("admin"))));
        var response = await client.PostAsJsonAsync("/api/v1/users", new { name, roles = new[] { "analyst" }, password = Password },
            TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
