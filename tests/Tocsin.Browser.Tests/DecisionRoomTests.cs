using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Browser.Tests;

public sealed partial class DecisionRoomTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "room-password";

    [Fact]
    public async Task Two_people_propose_and_approve_in_the_room_and_the_public_level_of_Paris_changes()
    {
        var analyst = await PageAsAsync(Role.Analyst);
        var approver = await PageAsAsync(Role.Approver);
        var before = await PublicLevelAsync("FRA-D75");

        var id = await ProposeAsync(analyst, "FRA-D75", exercise: false);
        await approver.GotoAsync(new Uri(server.BaseAddress, $"/decisions/{id}").ToString());
        await approver.ClickAsync("#action-approve");
        await approver.Locator("#decision-status", new() { HasText = "approved" }).WaitForAsync();

        Assert.Equal(("vigilance", "urgence-attentat"), (before, await PublicLevelAsync("FRA-D75")));
    }

    [Fact]
    public async Task A_proposer_is_not_offered_approval_of_their_own_proposal()
    {
        var approver = await PageAsAsync(Role.Approver);

        var id = await ProposeAsync(approver, "FRA-D13", exercise: false);

        Assert.Equal((0, true, id), (await approver.Locator("#action-approve").CountAsync(), await approver.Locator(".own-proposal").IsVisibleAsync(), id));
    }

    [Fact]
    public async Task An_exercise_is_marked_on_its_pages_confirmed_by_name_and_never_changes_the_public_level()
    {
        var analyst = await PageAsAsync(Role.Analyst);
        var approver = await PageAsAsync(Role.Approver);

        var id = await ProposeAsync(analyst, "FRA-D973", exercise: true);
        await approver.GotoAsync(new Uri(server.BaseAddress, $"/decisions/{id}").ToString());
        var banner = await approver.Locator(".exercise-banner").IsVisibleAsync();
        await approver.CheckAsync("input[name='Form.ConfirmExercise']");
        await approver.ClickAsync("#action-approve");
        await approver.Locator("#decision-status", new() { HasText = "approved" }).WaitForAsync();

        Assert.Equal((true, "vigilance"), (banner, await PublicLevelAsync("FRA-D973")));
    }

    [Fact]
    public async Task Evidence_searched_in_the_picture_and_graded_and_Paris_ticked_in_the_tree_are_on_the_record()
    {
        var analyst = await PageAsAsync(Role.Analyst);
        var word = "crocus" + Guid.NewGuid().ToString("N")[..8];
        var indicator = StixJson.Indicator().With("name", $"Infrastructure {word}").Build();
        await server.AddToPictureAsync(indicator);

        await analyst.GotoAsync(new Uri(server.BaseAddress, "/decisions/new").ToString());
        await analyst.SelectOptionAsync("#level", "urgence-attentat");
        await analyst.FillAsync("#authority", "Premier ministre");
        await analyst.FillAsync("#rationale", "Menace terroriste très élevée.");
        await analyst.FillAsync("#evidence-query", word);
        await analyst.ClickAsync("#evidence-search-button");
        var row = analyst.Locator($"tr[data-stix-id='{indicator.Id}']");
        await row.WaitForAsync();
        await row.Locator("input[type='checkbox']").CheckAsync();
        await row.Locator("select[id$='-reliability']").SelectOptionAsync("B");
        await row.Locator("select[id$='-credibility']").SelectOptionAsync("3");
        await analyst.CheckAsync("#territory-FRA-D75");
        var authorityKept = await analyst.InputValueAsync("#authority");
        await analyst.ClickAsync("#submit-button");
        await analyst.WaitForURLAsync(DecisionAddress());

        var record = await analyst.Locator("tr", new() { HasText = indicator.Id }).InnerTextAsync();
        var territories = await analyst.Locator("dd", new() { HasText = "FRA-D75" }).CountAsync();
        Assert.Equal(("Premier ministre", true, true), (authorityKept, record.Contains("B3", StringComparison.Ordinal), territories > 0));
    }

    [Fact]
    public async Task Territories_picked_on_the_map_by_mouse_and_by_keyboard_are_on_the_record()
    {
        var analyst = await PageAsAsync(Role.Analyst);
        await analyst.GotoAsync(new Uri(server.BaseAddress, "/decisions/new").ToString());
        await analyst.SelectOptionAsync("#level", "urgence-attentat");
        await analyst.FillAsync("#authority", "Premier ministre");
        await analyst.FillAsync("#rationale", "Menace terroriste très élevée.");

        await analyst.ClickAsync("a[data-pick='FRA-D13']:not([aria-hidden])");
        await analyst.FocusAsync("a[data-pick='FRA-D69']:not([aria-hidden])");
        await analyst.Keyboard.PressAsync("Space");
        var onMap = await analyst.GetAttributeAsync("a[data-pick='FRA-D69']:not([aria-hidden])", "aria-checked");
        var inTree = (await analyst.IsCheckedAsync("#territory-FRA-D13"), await analyst.IsCheckedAsync("#territory-FRA-D69"));
        await analyst.ClickAsync("#submit-button");
        await analyst.WaitForURLAsync(DecisionAddress());

        var recorded = await analyst.Locator("dd", new() { HasText = "FRA-D13" }).InnerTextAsync();
        Assert.Equal(("true", (true, true), true), (onMap, inTree, recorded.Contains("FRA-D69", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Before_approving_a_local_lowering_under_a_reinforcement_the_approver_is_warned_that_it_changes_nothing()
    {
        var analyst = await PageAsAsync(Role.Analyst);
        var approver = await PageAsAsync(Role.Approver);
        var reinforcement = await ProposeAsync(analyst, "FRA-D31", exercise: false);
        await approver.GotoAsync(new Uri(server.BaseAddress, $"/decisions/{reinforcement}").ToString());
        await approver.ClickAsync("#action-approve");
        await approver.Locator("#decision-status", new() { HasText = "approved" }).WaitForAsync();
        var lowering = await ProposeAsync(analyst, "FRA-D31", exercise: false, level: "vigilance");

        await approver.GotoAsync(new Uri(server.BaseAddress, $"/decisions/{lowering}").ToString());

        var warning = approver.Locator("#approval-warnings li[data-code='level-held']");
        var above = (await approver.Locator("#approval-warnings").BoundingBoxAsync())!.Y < (await approver.Locator("#action-approve").BoundingBoxAsync())!.Y;
        Assert.Equal((true, true, true), (await warning.IsVisibleAsync(), (await warning.InnerTextAsync()).Contains("FRA-D31", StringComparison.Ordinal), above));
    }

    private async Task<string> ProposeAsync(IPage page, string territory, bool exercise, string level = "urgence-attentat")
    {
        await page.GotoAsync(new Uri(server.BaseAddress, "/decisions/new").ToString());
        await page.SelectOptionAsync("#level", level);
        await page.CheckAsync($"#territory-{territory}");
        await page.FillAsync("#authority", "Premier ministre");
        await page.FillAsync("#rationale", "Menace terroriste très élevée.");
        if (exercise)
        {
            await page.CheckAsync("input[name='Form.Exercise']");
        }

        await page.ClickAsync("#preview-button");
        await page.Locator("#preview").WaitForAsync();
        await page.ClickAsync("#submit-button");
        await page.WaitForURLAsync(DecisionAddress());
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    private async Task<string> PublicLevelAsync(string territory)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var levels = await client.GetFromJsonAsync<JsonElement>("/api/v1/levels", TestContext.Current.CancellationToken);
        var entries = levels.GetProperty("entries").EnumerateArray().ToList();
        var entry = entries.FirstOrDefault(e => e.GetProperty("territory").GetString() == territory);
        return (entry.ValueKind == JsonValueKind.Object ? entry : entries.First(e => e.GetProperty("territory").GetString() == "FRA")).GetProperty("level").GetString()!;
    }

    private async Task<IPage> PageAsAsync(Role role)
    {
        if (browser.Browser is null)
        {
            await browser.NewPageAsync(); // skips, or fails under CI, as BrowserSession decides
        }

        var name = role.ToString().ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, role, Password);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AnywhereAsync(page, server.BaseAddress, name, Password);
        return page;
    }

    [GeneratedRegex("/decisions/[0-9a-f-]{36}$")]
    private static partial Regex DecisionAddress();
}
