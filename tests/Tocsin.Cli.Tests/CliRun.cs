namespace Tocsin.Cli.Tests;

/// <summary>The result of one in-process <c>tocsin</c> run.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
