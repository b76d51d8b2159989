using Microsoft.Extensions.Time.Testing;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Tests;

/// <summary>The throttle's figures (docs/security.md), on a fake clock.</summary>
public sealed class LoginThrottleBackOffTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 3, 22, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_wait_starts_after_the_free_failures_and_doubles_up_to_the_cap()
    {
        var throttle = new LoginThrottle(_clock);

        var waits = Enumerable.Range(0, LoginThrottle.FreeFailures + 12).Select(_ => throttle.RecordFailure("ana", "192.0.2.1")).ToList();

        Assert.All(waits.Take(LoginThrottle.FreeFailures - 1), w => Assert.Null(w));
        Assert.Equal(LoginThrottle.FirstDelay, waits[LoginThrottle.FreeFailures - 1]);
        Assert.Equal(LoginThrottle.FirstDelay * 2, waits[LoginThrottle.FreeFailures]);
        Assert.Equal(LoginThrottle.MaxDelay, waits[^1]);
    }

    [Fact]
    public void The_wait_ends_by_itself()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < LoginThrottle.FreeFailures; i++)
        {
            throttle.RecordFailure("ana", "192.0.2.1");
        }

        _clock.Advance(LoginThrottle.FirstDelay);

        Assert.Null(throttle.RetryAfter("ana", "192.0.2.1"));
    }

    [Fact]
    public void A_success_clears_the_pair()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < LoginThrottle.FreeFailures - 1; i++)
        {
            throttle.RecordFailure("ana", "192.0.2.1");
        }

        throttle.RecordSuccess("ana", "192.0.2.1");

        Assert.Null(throttle.RecordFailure("ana", "192.0.2.1"));
    }

    [Fact]
    public void Failures_of_one_pair_never_hold_another()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 3 * LoginThrottle.FreeFailures; i++)
        {
            throttle.RecordFailure("ana", "192.0.2.1");
        }

        Assert.Equal((null, null), (throttle.RetryAfter("ana", "192.0.2.2"), throttle.RetryAfter("paul", "192.0.2.1")));
    }
}
