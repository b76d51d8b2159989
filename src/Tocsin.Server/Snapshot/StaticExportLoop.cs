using Tocsin.Server.Plan;

namespace Tocsin.Server.Snapshot;

/// <summary>With <see cref="PublicationSettings.StaticDirectory"/> set, exports the public snapshot there once the server
/// has started and again each time a publication (or the clock) replaces it, so the level stays readable from any web
/// server when Tocsin is down.</summary>
public sealed partial class StaticExportLoop(PublicSnapshots snapshots, StaticExport export, PlanDecisions plan, PublicationSettings settings,
    IHostApplicationLifetime lifetime, ILogger<StaticExportLoop> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.StaticDirectory is not { Length: > 0 } directory)
        {
            return;
        }

        // The export asks the server's own pipeline, which exists once the server has started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var replaced = snapshots.ReplacedAsync();
            try
            {
                var snapshot = await snapshots.AtAsync(plan.Now(), stoppingToken);
                var files = await export.WriteAsync(directory, snapshot, stoppingToken);
                LogExported(logger, files, directory, snapshot.Sequence);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The previous export stays in place (the writer swaps only a complete one); the next publication tries again.
                LogExportFailed(logger, directory, exception);
            }

            await replaced.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {Files} public files to {Directory} (newest message {Sequence}).")]
    private static partial void LogExported(ILogger logger, int files, string directory, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The public snapshot could not be exported to {Directory}; the previous export is still in place.")]
    private static partial void LogExportFailed(ILogger logger, string directory, Exception exception);
}
