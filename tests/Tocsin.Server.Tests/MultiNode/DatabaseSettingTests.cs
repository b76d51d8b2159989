using Tocsin.Testing;

namespace Tocsin.Server.Tests.MultiNode;

/// <summary>The one database setting, <c>Tocsin__Database</c>, as the real <c>tocsin</c> executable reads it: a
/// malformed or unreachable PostgreSQL setting is one line on standard error and exit code 1, never a stack
/// trace, and never the password.</summary>
public sealed class DatabaseSettingTests
{
    [Theory]
    [InlineData("postgres:Database=tocsin;Password=hunter2", "malformed")]
    [InlineData("mysql://db.example/tocsin", "Unsupported database")]
    public async Task A_bad_setting_is_one_line_and_exit_1(string setting, string expected)
    {
        var (exitCode, output) = await RunAsync(setting, "user", "list");

        Assert.True(exitCode == 1 && output.Contains(expected, StringComparison.Ordinal) && !output.Contains("hunter2", StringComparison.Ordinal)
            && !output.Contains("   at ", StringComparison.Ordinal), $"exit {exitCode}:\n{output}");
    }

    [Fact]
    public async Task An_unreachable_postgresql_is_one_line_and_exit_1()
    {
        var port = TocsinProcess.FreePort(); // nothing listens there
        var (exitCode, output) = await RunAsync($"postgres:Host=127.0.0.1;Port={port};Database=tocsin;Username=tocsin;Password=hunter2;Timeout=3", "user", "list");

        Assert.True(exitCode == 1 && output.Contains("error:", StringComparison.Ordinal) && !output.Contains("hunter2", StringComparison.Ordinal)
            && !output.Contains("   at ", StringComparison.Ordinal), $"exit {exitCode}:\n{output}");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string setting, params string[] arguments)
    {
        var data = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var command = TocsinProcess.Start("tocsin " + string.Join(' ', arguments), [.. arguments, "--data", data],
                new Dictionary<string, string> { ["Tocsin__Database"] = setting });
            var exitCode = await command.WaitForExitAsync(TimeSpan.FromSeconds(60));
            return (exitCode, command.Output);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
