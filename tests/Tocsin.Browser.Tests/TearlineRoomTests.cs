using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>The tearline room in the browser, on the demo scenario: an analyst writes the released text of the AMBER note
/// beside the original, sees which partners will receive it at each marking, and asks for one text to be released as it
/// stands; she cannot approve her own request; an approver approves it and the tearline is listed as released. Refusals
/// are shown beside their field in English and French; a partner service opens none of the room's pages; axe-core finds
/// nothing serious on them.</summary>
public sealed partial class TearlineRoomTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const float SubmitTimeoutMs = 90_000;

    [Fact]
    public async Task An_analyst_writes_a_tearline_side_by_side_and_an_approver_releases_it()
    {
        await TearlineRoom.PrepareAsync(server);
        var ana = await SignedInAsync("ana");
        await ana.GotoAsync(Url($"/analyst/tearlines/new?object={TearlineRoom.AmberNote}"));
        var originalShown = await ana.Locator("#original-abstract").InnerTextAsync();
        var atGreen = (await ReceivesAsync(ana, TearlineRoom.GreenPartner), await ReceivesAsync(ana, TearlineRoom.ClearPartner));
        await ana.SelectOptionAsync("#release", "clear");
        await ana.ClickAsync("#preview-button");
        await ana.Locator("#audience-heading", new() { HasText = "TLP:CLEAR" }).WaitForAsync(new() { Timeout = SubmitTimeoutMs });
        // At CLEAR the GREEN partner still receives it; whether the CLEAR one does depends on what the note refers to.
        var atClear = await ReceivesAsync(ana, TearlineRoom.GreenPartner);
        await ana.SelectOptionAsync("#release", "green");
        await ana.FillAsync("#text-abstract", "How the attributions of the attack were graded");
        await ana.CheckAsync("#mode-content-as-it-stands");
        await ana.ClickAsync("#submit-button");
        await SignIn.UntilAsync(ana, url => RequestPage().IsMatch(url));
        var ownRequest = (await ana.Locator("#own-request").CountAsync(), await ana.Locator("#approve-button").CountAsync());
        var requestUrl = ana.Url;

        var paul = await SignedInAsync("paul");
        await paul.GotoAsync(requestUrl);
        var releasedSideBySide = await paul.Locator("tr[data-property='abstract'] .released-text").InnerTextAsync();
        await paul.ClickAsync("#approve-button");
        await SignIn.UntilAsync(paul, url => url.Contains("/analyst/tearlines?released=", StringComparison.Ordinal));
        var listed = await paul.Locator($"#released tr[data-original='{TearlineRoom.AmberNote}']").CountAsync();

        Assert.Equal((true, ("yes", "no"), "yes", (1, 0), "How the attributions of the attack were graded", 1),
            (originalShown.Length > 20, atGreen, atClear, ownRequest, releasedSideBySide.Trim(), listed));
    }

    [Fact]
    public async Task A_copied_text_and_a_missing_text_are_refused_beside_their_field_in_both_languages()
    {
        await TearlineRoom.PrepareAsync(server);
        var ana = await SignedInAsync("ana");
        await ana.GotoAsync(Url($"/analyst/tearlines/new?object={TearlineRoom.AmberNote}"));
        var original = await ana.Locator("#original-abstract").InnerTextAsync();
        await ana.FillAsync("#text-abstract", original.Trim().ToUpperInvariant() + " !");
        await ana.FillAsync("#text-content", "Grades follow the reliability of each source.");
        await ana.ClickAsync("#submit-button");
        var copied = ana.Locator("#text-abstract-error");
        await copied.WaitForAsync(new() { Timeout = SubmitTimeoutMs });
        var english = await copied.InnerTextAsync();

        await ana.GotoAsync(Url(French($"/analyst/tearlines/new?object={TearlineRoom.AmberNote}")));
        await ana.FillAsync("#text-abstract", "Comment les attributions ont été notées");
        await ana.ClickAsync("#submit-button");
        var missing = ana.Locator("#text-content-error");
        await missing.WaitForAsync(new() { Timeout = SubmitTimeoutMs });

        Assert.Equal((true, true, true), (english.Contains("matches the restricted original", StringComparison.Ordinal),
            (await missing.InnerTextAsync()).Contains("Rédigez", StringComparison.Ordinal), ana.Url.Contains("/analyst/tearlines/new", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_watch_officer_opens_none_of_the_room_and_an_unknown_object_or_request_is_not_found()
    {
        var wanda = await SignedInAsync("wanda");
        var ana = await SignedInAsync("ana");

        var refused = new List<int>();
        foreach (var path in new[] { "/analyst/tearlines", $"/analyst/tearlines/new?object={TearlineRoom.AmberNote}" })
        {
            refused.Add((await wanda.GotoAsync(Url(path)))?.Status ?? 0);
        }

        var unknownObject = (await ana.GotoAsync(Url($"/analyst/tearlines/new?object=note--{Guid.NewGuid():D}")))?.Status;
        var unknownRequest = (await ana.GotoAsync(Url($"/analyst/tearlines/{Guid.NewGuid():D}")))?.Status;

        Assert.Equal(("403,403", 404, 404), (string.Join(',', refused), unknownObject, unknownRequest));
    }

    [Fact]
    public async Task The_tearline_pages_have_no_serious_accessibility_violation()
    {
        await TearlineRoom.PrepareAsync(server);
        var ana = await SignedInAsync("ana");
        await ana.GotoAsync(Url($"/analyst/tearlines/new?object={TearlineRoom.AmberNote}"));
        await ana.FillAsync("#text-abstract", "Grading of the attributions");
        await ana.CheckAsync("#mode-content-as-it-stands");
        await ana.ClickAsync("#submit-button");
        await SignIn.UntilAsync(ana, url => RequestPage().IsMatch(url));
        var request = new Uri(ana.Url).AbsolutePath;

        var english = await Axe.ViolationsAsync(ana, server.BaseAddress,
            ["/analyst/tearlines", $"/analyst/tearlines/new?object={TearlineRoom.AmberNote}", request]);
        await ana.GotoAsync(Url(French("/analyst/tearlines")));
        var french = await Axe.ViolationsAsync(ana, server.BaseAddress, ["/analyst/tearlines", $"/analyst/tearlines/new?object={TearlineRoom.AmberNote}", request]);

        Assert.Empty(english.Concat(french));
    }

    private async Task<IPage> SignedInAsync(string name)
    {
        var page = await browser.NewPageAsync();
        // The room's pages compute who receives a tearline: on a loaded machine they take longer than Playwright's default.
        page.SetDefaultTimeout(SubmitTimeoutMs);
        await SignIn.AsAsync(page, server.BaseAddress, name, DemoServer.PasswordOf(name));
        return page;
    }

    private static async Task<string?> ReceivesAsync(IPage page, string partner) =>
        await page.Locator($"#audience-table tr[data-partner='{partner}']").GetAttributeAsync("data-receives");

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    // Staff pages keep their address; the language is chosen through the switch, which remembers it in a cookie.
    private static string French(string path) => $"/account/language?to=fr&returnUrl={Uri.EscapeDataString(path)}";

    [GeneratedRegex("/analyst/tearlines/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex RequestPage();
}
