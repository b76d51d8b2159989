using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests;

/// <summary>Own server instance: throttling is per process, and this test exhausts the allowance.</summary>
public sealed class LoginThrottleTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly Uri WhoAmI = new("/api/v1/whoami", UriKind.Relative);

    [Fact]
    public async Task Repeated_failed_logins_for_one_name_are_throttled_even_with_the_right_password()
    {
        var name = Some.Alias("target");
        await app.AddUserAsync(name, Role.Analyst, "right");
        using var wrong = app.CreateClient(name, "guess");
        for (var i = 0; i < Auth.LoginThrottle.MaxFailures; i++)
        {
            await wrong.GetAsync(WhoAmI, TestContext.Current.CancellationToken);
        }

        using var right = app.CreateClient(name, "right");
        var response = await right.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
