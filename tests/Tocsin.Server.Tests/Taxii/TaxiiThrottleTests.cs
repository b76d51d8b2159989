using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

public sealed class TaxiiThrottleTests
{
    [Fact]
    public async Task Repeated_failed_logins_get_429_with_Retry_After_and_a_TAXII_error()
    {
        // Its own server: the throttle is per process.
        await using var app = new TocsinApp();
        await app.AddUserAsync("partner", Role.Analyst, "right");
        using var client = app.CreateTaxiiClient("partner", "wrong");
        for (var i = 0; i < LoginThrottle.FreeFailures; i++)
        {
            await client.GetAsync(Url("/taxii2/"), Ct);
        }

        var response = await client.GetAsync(Url("/taxii2/"), Ct);

        await ErrorAsync(HttpStatusCode.TooManyRequests, response);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
