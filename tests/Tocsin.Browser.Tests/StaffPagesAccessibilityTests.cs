using Microsoft.Extensions.DependencyInjection;
using Tocsin.Server.Sharing;
using Tocsin.Testing;

namespace Tocsin.Browser.Tests;

/// <summary>axe-core on every page of the analyst workspace and of the administration the server maps (read from its
/// endpoint list by <see cref="StaffPages"/>, so a new page is checked without being listed here), each on an object of
/// the demo scenario: analyst pages as the demo analyst, administration pages as the demo administrator. A draft and a
/// partner are made first, for the pages about them.</summary>
public sealed class StaffPagesAccessibilityTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Every_analyst_and_administration_page_has_no_serious_violation()
    {
        var analyst = await IngestRoom.PageAsync(server, browser, "ana");
        await IngestRoom.DraftAsync(analyst, server.BaseAddress, TestCorpus.Crocus.Input.Text);
        var values = new Dictionary<string, string>(StaffPages.DemoValues)
        {
            ["drafts/Id"] = new Uri(analyst.Url).AbsolutePath.Split('/')[^1],
            ["items/ItemId"] = (await analyst.Locator("tr[data-field='incident']").First.GetAttributeAsync("data-item"))!,
            ["partners/Name"] = await AddPartnerAsync(),
            // No request waits in the demo: its page is checked as it answers an unknown one (TearlineRoomTests checks a
            // pending one with axe-core).
            ["tearlines/RequestId"] = Guid.NewGuid().ToString(),
            // Likewise no subscriber: SubscriberRoomTests checks a subscriber's page with axe-core.
            ["subscribers/Id"] = Guid.NewGuid().ToString(),
        };
        var addresses = StaffPages.Addresses(server.Services, values);
        var admin = await (await browser.NewContextAsync()).NewPageAsync();
        await SignIn.AsAsync(admin, server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));

        var violations = (await Axe.ViolationsAsync(analyst, server.BaseAddress, addresses.Where(a => a.StartsWith("/analyst", StringComparison.Ordinal))))
            .Concat(await Axe.ViolationsAsync(admin, server.BaseAddress, addresses.Where(a => a.StartsWith("/admin", StringComparison.Ordinal))))
            .ToList();

        Assert.True(violations.Count == 0 && addresses.Count >= 20,
            $"{addresses.Count} pages checked:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private async Task<string> AddPartnerAsync()
    {
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];
        // As the partners page adds one (PartnerRoomTests covers the form itself).
        var added = await server.Services.GetRequiredService<PartnerAdministration>().AddAsync(name,
            new PartnerFields { Country = "DEU", Ceiling = "green", ClassificationCeiling = string.Empty, Rel = [], RecipientOf = [], Sectors = [], Groups = [] }, CancellationToken.None);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Error.Message);
        return name;
    }
}
