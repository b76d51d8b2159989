using System.Net;
using Tocsin.Server.Tests.Web;

namespace Tocsin.Server.Tests.MultiNode;

/// <summary>The browser session works across nodes: the Data Protection key ring is in the shared database, so a
/// cookie one node issues is honoured by the other (docs/deployment.md).</summary>
public sealed class SessionAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_cookie_issued_by_one_node_is_honoured_by_the_other()
    {
        await nodes.StartAsync();
        // Cookies are not scoped by port: one container carries node A's cookie to node B, as a load balancer would.
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var onA = new HttpClient(handler, disposeHandler: false) { BaseAddress = nodes.A };
        using var onB = new HttpClient(handler, disposeHandler: false) { BaseAddress = nodes.B };
        var signIn = await BrowserForms.SignInAsync(onA, TwoNodes.Approver, TwoNodes.Password);

        var page = await onB.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, nodes.Output);
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, page, "text/html");
        Assert.Contains(TwoNodes.Approver, body, StringComparison.Ordinal);
        Assert.NotEmpty(await nodes.DataProtectionKeysAsync());
    }
}
