using System.CommandLine;
using System.CommandLine.Parsing;

namespace Tocsin.Cli.Parsing;

/// <summary>The one place a wrong command line is reported: a single line naming the command, what
/// is wrong and where to read more, then exit code <see cref="ExitCodes.Usage"/>. The full help is
/// printed only when asked for with <c>--help</c>.</summary>
internal static class ParseErrorReport
{
    /// <summary>Writes the first parse error of <paramref name="parse"/> as one line.</summary>
    public static async Task<int> WriteAsync(ParseResult parse, TextWriter error)
    {
        var path = CommandPath(parse.CommandResult);
        // An unknown word explains a missing command better than "a command is required" does.
        var first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
        await error.WriteLineAsync($"{path}: {Plain(first)} (see '{path} --help')");
        return ExitCodes.Usage;
    }

    private static string Plain(ParseError error)
    {
        var message = error.Message.TrimEnd('.');
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal)
            && error.SymbolResult is CommandResult { Command: { } command })
        {
            return "a command is required, one of: " + string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        }

        if (message.StartsWith("Required argument missing for command", StringComparison.Ordinal)
            && error.SymbolResult is ArgumentResult { Argument.Name: { } absent })
        {
            return "missing " + absent;
        }

        if (message.StartsWith("Required argument missing for command", StringComparison.Ordinal)
            && error.SymbolResult is CommandResult { Command.Arguments: { Count: > 0 } arguments } missing)
        {
            var names = arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && missing.GetResult(a) is not { Tokens.Count: > 0 }).Select(a => a.Name).ToList();
            return "missing " + string.Join(" and ", names.Count > 0 ? names : [arguments[0].Name]);
        }

        if (message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
        {
            return "unknown command or argument" + message["Unrecognized command or argument".Length..];
        }

        // A conversion System.CommandLine made itself (e.g. a bool option given "maybe"): its message
        // names a .NET type, so say it in our words.
        if (message.Contains("expected type", StringComparison.Ordinal) && error.SymbolResult is ArgumentResult argument)
        {
            var given = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : string.Empty;
            var name = argument.Parent is OptionResult option ? option.Option.Name : argument.Argument.Name;
            var expected = argument.Argument.ValueType == typeof(bool) ? "true or false" : "a different value";
            return $"{name}: '{given}' is not valid; expected {expected}";
        }

        // System.CommandLine's sentences ("Option '--as' is required") read as the rest of our line;
        // our own messages start with a name ("ID: …") and stay as written.
        return message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? at = command; at is CommandResult c; at = c.Parent)
        {
            names.Insert(0, c.Parent is null ? "tocsin" : c.Command.Name);
        }

        return string.Join(' ', names);
    }
}
