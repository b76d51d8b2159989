using Microsoft.Extensions.Options;

namespace Tocsin.Server.Notifications;

/// <summary>Runs the planner then the dispatcher, again and again, every <see cref="NotificationOptions.Interval"/>
/// when there was nothing to send. Failures are logged and retried: the store keeps everything that matters.</summary>
internal sealed partial class NotificationLoop(NotificationPlanner planner, NotificationDispatcher dispatcher, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<NotificationLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await planner.RunOnceAsync(stoppingToken);
                if (await dispatcher.RunOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.Interval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification pass failed; retrying")]
    private partial void LogFailed(Exception exception);
}
