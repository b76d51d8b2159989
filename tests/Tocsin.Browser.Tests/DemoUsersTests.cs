namespace Tocsin.Browser.Tests;

/// <summary>The demo scenario's published users sign in through the form, as the README tells a newcomer to.</summary>
public sealed class DemoUsersTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("ana")]
    [InlineData("admin")]
    public async Task A_demo_user_signs_in_with_the_published_password(string name)
    {
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, server.BaseAddress, name, DemoServer.PasswordOf(name));

        Assert.Equal(name, await page.Locator(".user-name").InnerTextAsync());
    }
}
