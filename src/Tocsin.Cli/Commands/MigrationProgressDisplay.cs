using System.Globalization;
using Spectre.Console;
using Tocsin.Storage.Migration;

namespace Tocsin.Cli.Commands;

/// <summary>Shows a migration's progress: one Spectre bar per table on an interactive terminal, otherwise one
/// plain line per table copied (logs and pipes get no escape codes).</summary>
internal sealed class MigrationProgressDisplay(CliConsole console, ProgressContext? bars) : IProgress<TableProgress>
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> with a display suited to the console.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, Func<IProgress<TableProgress>, Task<T>> work)
    {
        if (!console.Progress.Profile.Capabilities.Interactive)
        {
            return await work(new MigrationProgressDisplay(console, null));
        }

        T result = default!;
        await console.Progress.Progress().AutoClear(false).StartAsync(async context => result = await work(new MigrationProgressDisplay(console, context)));
        return result;
    }

    public void Report(TableProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (bars is null)
        {
            if (value.Done)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"copied {value.Table}: {value.Copied} rows"));
            }

            return;
        }

        if (!_tasks.TryGetValue(value.Table, out var task))
        {
            task = bars.AddTask(value.Table, maxValue: Math.Max(1, value.Total));
            _tasks[value.Table] = task;
        }

        task.Value = value.Done ? task.MaxValue : value.Copied;
    }
}
