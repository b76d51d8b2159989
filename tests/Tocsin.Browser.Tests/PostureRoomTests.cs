using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

public sealed partial class PostureRoomTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "posture-room-password";

    [Fact]
    public async Task A_posture_proposed_in_the_room_is_not_offered_to_its_proposer_and_a_second_approver_approves_it()
    {
        var proposer = await PageAsAsync(Role.Approver);
        var approver = await PageAsAsync(Role.Approver);

        await proposer.GotoAsync(new Uri(server.BaseAddress, "/postures/new").ToString());
        await proposer.FillAsync("#title", "Posture de la salle");
        await proposer.FillAsync("#authority", "SGDSN");
        await proposer.FillAsync("#rationale", "Grands rassemblements.");
        await proposer.ClickAsync("#propose");
        await proposer.WaitForURLAsync(PostureAddress());
        var offeredToProposer = await proposer.Locator("#action-approve").CountAsync();
        var id = proposer.Url[(proposer.Url.LastIndexOf('/') + 1)..];

        await approver.GotoAsync(new Uri(server.BaseAddress, $"/postures/{id}").ToString());
        await approver.ClickAsync("#action-approve");
        await approver.Locator("#posture-status", new() { HasText = "approved" }).WaitForAsync();

        Assert.Equal((0, true), (offeredToProposer, await proposer.Locator(".own-proposal").IsVisibleAsync()));
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

    [GeneratedRegex("/postures/[0-9a-f-]{36}$")]
    private static partial Regex PostureAddress();
}
