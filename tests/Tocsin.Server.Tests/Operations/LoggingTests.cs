using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Operations;

/// <summary>Logging as operators expect it (docs/operations.md "Logging").</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task By_default_no_request_is_logged_at_information()
    {
        var logs = new CapturedLogs();
        await using var app = TocsinApp.WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetPathAsync("/api/v1/levels")).Dispose();
        }

        Assert.DoesNotContain(logs.Entries, e => e.Level < LogLevel.Warning
            && (e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || e.Category == Server.Operations.AccessLog.Category));
    }

    [Fact]
    public async Task An_operator_who_sets_the_level_of_asp_net_core_gets_its_request_lines()
    {
        var logs = new CapturedLogs();
        await using var app = TocsinApp.WithServices(services => services.AddSingleton<ILoggerProvider>(logs),
            new KeyValuePair<string, string>("Logging:LogLevel:Microsoft.AspNetCore", "Information"));
        using var client = app.CreateClient();

        (await client.GetPathAsync("/health/live")).Dispose();

        Assert.Contains(logs.Entries, e => e.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task The_structured_access_log_writes_one_entry_per_request_with_its_status()
    {
        var logs = new CapturedLogs();
        await using var app = TocsinApp.WithServices(services => services.AddSingleton<ILoggerProvider>(logs),
            new KeyValuePair<string, string>("Tocsin:Logging:AccessLog", "structured"));
        using var client = app.CreateClient();

        (await client.GetPathAsync("/health/live")).Dispose();
        (await client.GetPathAsync("/api/v1/levels?scheme=no-such-scheme")).Dispose();

        var lines = logs.Entries.Where(e => e.Category == Server.Operations.AccessLog.Category).Select(e => e.Message.Split(' ')[..3]).ToList();
        Assert.Equal([["GET", "/health/live", "200"], ["GET", "/api/v1/levels", "422"]], lines);
    }

    [Fact]
    public async Task The_w3c_access_log_writes_a_file_line_per_request()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        await using var app = TocsinApp.WithSettings(new("Tocsin:Logging:AccessLog", "w3c"), new("Tocsin:Logging:AccessLogDirectory", directory));
        using var client = app.CreateClient();

        (await client.GetPathAsync("/health/live")).Dispose();

        // The W3C logger writes from a background queue: wait for its file rather than for a time.
        var line = await W3cLineAsync(directory, "/health/live");
        Assert.Equal((true, true), (line.Split(' ').Contains("GET"), line.Split(' ').Contains("200")));
    }

    [Fact]
    public async Task Json_format_switches_the_console_to_json_lines()
    {
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:Logging:Format", "json"));

        var console = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
    }

    private static async Task<string> W3cLineAsync(string directory, string path)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var lines = Directory.Exists(directory) ? Directory.GetFiles(directory).SelectMany(f => ReadShared(f).Split('\n')) : [];
            if (lines.FirstOrDefault(l => !l.StartsWith('#') && l.Split(' ').Contains(path)) is { } line)
            {
                return line.Trim();
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return string.Empty;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
