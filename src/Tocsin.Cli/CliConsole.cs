using Spectre.Console;

namespace Tocsin.Cli;

/// <summary>Where a command reads and writes: the process streams in production, captured writers in tests.</summary>
/// <param name="Out">Results (ids, tables, summaries).</param>
/// <param name="Error">Problems, one line each.</param>
/// <param name="Input">Standard input (for <c>--password-stdin</c>).</param>
/// <param name="ProgressConsole">Spectre console for progress bars, made on first use: detecting the terminal costs
/// start-up time that commands without a progress bar should not pay.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader Input, Lazy<IAnsiConsole> ProgressConsole)
{
    /// <summary>Spectre console for progress bars; silent when output is not a terminal.</summary>
    public IAnsiConsole Progress => ProgressConsole.Value;

    /// <summary>The process's own console.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, Console.In, new Lazy<IAnsiConsole>(() => AnsiConsole.Console));

    /// <summary>A console over the given writers, with progress bars written nowhere.</summary>
    public static CliConsole Captured(TextWriter output, TextWriter error, TextReader? input = null) =>
        new(output, error, input ?? TextReader.Null, new Lazy<IAnsiConsole>(() => AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(TextWriter.Null),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
        })));
}
