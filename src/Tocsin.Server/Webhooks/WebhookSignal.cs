using System.Threading.Channels;

namespace Tocsin.Server.Webhooks;

/// <summary>Wakes the dispatcher as soon as the fan-out has written deliveries, instead of at its next poll.</summary>
internal sealed class WebhookSignal(TimeProvider clock)
{
    private readonly Channel<byte> _pulses = Channel.CreateBounded<byte>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _pulses.Writer.TryWrite(0);

    /// <summary>Returns when notified or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        try
        {
            await _pulses.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a pulse.
        }
    }
}
