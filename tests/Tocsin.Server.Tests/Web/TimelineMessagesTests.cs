using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Plan;
using Tocsin.Server.Tests.Plan;
using Tocsin.Server.Web.Components.Timeline;

namespace Tocsin.Server.Tests.Web;

public sealed class TimelineMessagesTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task A_raise_links_to_its_alert_and_the_return_to_baseline_to_the_cancel()
    {
        var id = (await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D974"))).GetProperty("id").GetString()!;
        var (analyst, approver) = await app.PlanClientsAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.ActAsync(id, "cancel", new { reason = "Menace réévaluée." }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "cancel/approve"));
        var plan = app.Services.GetRequiredService<PlanDecisions>();
        var state = (await plan.StateAsync("vigipirate", DecisionTrack.Live, PlanHttp.Ct))!;
        var segments = state.Timeline("FRA-D974", plan.Now().AddDays(-1), plan.Now().AddMinutes(1)).Value;
        var kinds = (await plan.MessagesOfAsync(Guid.Parse(id), PlanHttp.Ct)).ToDictionary(m => m.Identifier, m => m.MsgType);

        var messages = await TimelineMessages.ForAsync(plan, segments, PlanHttp.Ct);

        Assert.Equal([null, CapMsgType.Alert, CapMsgType.Cancel], segments.Select(s => messages.TryGetValue(s, out var m) ? kinds[m] : (CapMsgType?)null));
    }
}
