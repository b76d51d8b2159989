using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests;

/// <summary>Own server instance: throttling is per process. Failed passwords are limited per (account, address)
/// pair, so the throttle cannot be turned against the account's owner or against other clients.</summary>
public sealed class LoginThrottleTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Right = "the-right-password";
    private static readonly Uri WhoAmI = new("/api/v1/whoami", UriKind.Relative);

    [Fact]
    public async Task Failed_passwords_from_one_address_do_not_lock_the_account_out_from_another()
    {
        var name = await UserAsync();
        await FailAsync(name, "203.0.113.1", 3 * Auth.LoginThrottle.FreeFailures);
        using var owner = app.CreateClient(name, Right, "203.0.113.2");

        var response = await owner.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
    }

    [Fact]
    public async Task Another_account_signing_in_from_the_same_address_is_not_refused()
    {
        var target = await UserAsync();
        var colleague = await UserAsync();
        await FailAsync(target, "203.0.113.10", 3 * Auth.LoginThrottle.FreeFailures);
        using var client = app.CreateClient(colleague, Right, "203.0.113.10");

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
    }

    [Fact]
    public async Task A_partner_key_keeps_working_from_an_address_where_passwords_keep_failing()
    {
        var key = await app.AddPartnerWithoutProfileAsync(Some.Alias("partner"));
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await FailAsync(await UserAsync(), "198.51.100.7", 2 * Auth.LoginThrottle.FreeFailures);
        }

        using var partner = app.CreateClient(key, string.Empty, "198.51.100.7");

        var response = await partner.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
    }

    [Fact]
    public async Task A_pair_past_its_free_failures_is_answered_429_with_Retry_After_even_with_the_right_password()
    {
        // The throttle's clock stands still here, so however slow the machine, the pair is still waiting when the
        // right password arrives: the answer cannot depend on how long the failures took.
        var stopped = new FakeTimeProvider(new DateTimeOffset(2024, 3, 22, 18, 0, 0, TimeSpan.Zero));
        await using var throttled = TocsinApp.WithServices(services => services.AddSingleton(new Auth.LoginThrottle(stopped)));
        var name = Some.Alias("user");
        await throttled.AddUserAsync(name, Role.Approver, Right);
        await FailAsync(throttled, name, "203.0.113.20", Auth.LoginThrottle.FreeFailures);
        using var client = throttled.CreateClient(name, Right, "203.0.113.20");

        using var first = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        // The right password neither got through nor cleared the pair: it was not even checked.
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (first.StatusCode, second.StatusCode));
        Assert.Equal(Auth.LoginThrottle.FirstDelay, first.Headers.RetryAfter!.Delta!.Value);
    }

    private async Task<string> UserAsync()
    {
        var name = Some.Alias("user");
        await app.AddUserAsync(name, Role.Approver, Right);
        return name;
    }

    private Task FailAsync(string name, string address, int times) => FailAsync(app, name, address, times);

    private static async Task FailAsync(TocsinApp server, string name, string address, int times)
    {
        using var wrong = server.CreateClient(name, "a-wrong-guess", address);
        for (var i = 0; i < times; i++)
        {
            using var response = await wrong.GetAsync(WhoAmI, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, response.StatusCode.ToString());
        }
    }
}
