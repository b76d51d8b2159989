namespace Tocsin.Server.Snapshot;

/// <summary>Checks the store for publications made elsewhere (another node on the same PostgreSQL, the CLI beside an
/// embedded server) every <see cref="Interval"/>, so every node serves a new level within a second of its approval.</summary>
public sealed partial class PublicSnapshotRefresh(PublicSnapshots snapshots, TimeProvider clock, ILogger<PublicSnapshotRefresh> logger) : BackgroundService
{
    /// <summary>How often the newest message is compared with the snapshot's.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await snapshots.RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly unreachable must not stop the refresh for good: the next tick tries again,
                // and meanwhile the last snapshot goes on being served.
                LogRefreshFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The public snapshot could not be refreshed; the previous one is still served.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
