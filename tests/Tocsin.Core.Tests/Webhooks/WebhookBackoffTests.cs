using Tocsin.Core.Webhooks;

namespace Tocsin.Core.Tests.Webhooks;

public sealed class WebhookBackoffTests
{
    private static readonly WebhookBackoff Backoff = new();

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(7, 128)]
    public void The_ceiling_doubles_from_two_seconds(int failedAttempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Ceiling(failedAttempts));
    }

    [Fact]
    public void The_ceiling_never_exceeds_the_maximum()
    {
        var backoff = Backoff with { MaxAttempts = 100 };

        Assert.Equal(TimeSpan.FromMinutes(10), backoff.Ceiling(60));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999999)]
    public void A_delay_lies_between_zero_and_the_ceiling(double draw)
    {
        var delay = Backoff.NextDelay(3, draw)!.Value;

        Assert.InRange(delay, TimeSpan.Zero, Backoff.Ceiling(3));
    }

    [Fact]
    public void After_the_last_attempt_the_delivery_is_dead()
    {
        Assert.Null(Backoff.NextDelay(8, 0.5));
    }
}
