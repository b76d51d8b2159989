using Microsoft.Extensions.Options;

namespace Tocsin.Server.Recipients;

/// <summary>Runs the automatic reminder round every <see cref="RecipientOptions.ReminderInterval"/>, unless
/// <see cref="RecipientOptions.ReminderAfter"/> is zero.</summary>
internal sealed partial class PostureReminderLoop(PostureReminders reminders, IOptions<RecipientOptions> options, TimeProvider clock,
    ILogger<PostureReminderLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ReminderAfter == TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queued = await reminders.RemindOverdueAsync(settings.ReminderAfter, stoppingToken);
                if (queued > 0)
                {
                    LogReminded(queued);
                }

                await Task.Delay(settings.ReminderInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
                await Task.Delay(settings.ReminderInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posture reminders: {Count} reminder(s) queued")]
    private partial void LogReminded(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Posture reminders failed; retrying")]
    private partial void LogFailed(Exception exception);
}
