using System.Net;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Notifications;

public sealed class DecisionEventsTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_proposal_is_announced_on_the_event_stream()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        using var response = await approver.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/decisions/events"), HttpCompletionOption.ResponseHeadersRead, Ct);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        await reader.ReadLineAsync(Ct); // the opening comment: the stream now follows from here

        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60)); // generous: a loaded 2-core machine is slow, and a wait that ends early proves nothing
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !(line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains(id, StringComparison.Ordinal)))
        {
        }

        Assert.Equal(("text/event-stream", true), (response.Content.Headers.ContentType?.MediaType, line!.Contains("\"Proposed\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_event_stream_needs_staff_credentials()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/decisions/events", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
