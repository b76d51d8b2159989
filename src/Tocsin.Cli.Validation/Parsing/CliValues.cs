using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Tocsin.Cli.Parsing;

/// <summary>Typed arguments and options whose parse errors say, in one line, what was given and what
/// is expected — never a .NET type name. Every typed value on the command line is made here.</summary>
internal static class CliValues
{
    private const string UuidExample = "0f8fad5b-d9cb-469f-a165-70867728950e";

    /// <summary>An id argument (a UUID) naming <paramref name="what"/>, e.g. "decision id".</summary>
    public static Argument<Guid> Id(string name, string what, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseGuid(result, name, what),
    };

    /// <summary>A whole-number option of at least <paramref name="minimum"/>.</summary>
    public static Option<int> Count(string name, string description, int defaultValue, int minimum, string helpName) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = helpName,
        CustomParser = result => (int)ParseWhole(result, name, minimum, int.MaxValue),
    };

    /// <summary>A 64-bit whole-number option of at least <paramref name="minimum"/>.</summary>
    public static Option<long> LongCount(string name, string description, long defaultValue, long minimum, string helpName) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = helpName,
        CustomParser = result => ParseWhole(result, name, minimum, long.MaxValue),
    };

    /// <summary>A TCP port option (1 to 65535).</summary>
    public static Option<int> Port(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = "N",
        CustomParser = result => (int)ParseWhole(result, name, 1, 65535),
    };

    /// <summary>An optional whole-number option of at least <paramref name="minimum"/>; null when absent.</summary>
    public static Option<int?> OptionalCount(string name, string description, int minimum, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => (int)ParseWhole(result, name, minimum, int.MaxValue),
    };

    /// <summary>An option taking one of <paramref name="choices"/> (compared ignoring case), the first by default.</summary>
    public static Option<string> OneOf(string name, string description, params string[] choices)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => choices[0],
            HelpName = string.Join('|', choices),
            CustomParser = result =>
            {
                var token = Token(result);
                var match = choices.FirstOrDefault(c => string.Equals(c, token, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    result.AddError($"{name}: '{token}' is not valid; expected one of {string.Join(", ", choices)}");
                }

                return match ?? choices[0];
            },
        };
        return option;
    }

    private static Guid ParseGuid(ArgumentResult result, string name, string what)
    {
        var token = Token(result);
        if (Guid.TryParse(token, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        result.AddError($"{name}: '{token}' is not a {what}; expected a UUID such as {UuidExample}");
        return default;
    }

    private static long ParseWhole(ArgumentResult result, string name, long minimum, long maximum)
    {
        var token = Token(result);
        if (long.TryParse(token, NumberStyles.None | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= minimum && value <= maximum)
        {
            return value;
        }

        var range = maximum == long.MaxValue || maximum == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {minimum}")
            : string.Create(CultureInfo.InvariantCulture, $"a whole number from {minimum} to {maximum}");
        result.AddError($"{name}: '{token}' is not valid; expected {range}");
        return default;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
}
