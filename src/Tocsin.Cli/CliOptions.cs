using System.CommandLine;

namespace Tocsin.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CliOptions
{
    /// <summary>The default data directory, relative to the working directory.</summary>
    public const string DefaultDataDirectory = "tocsin-data";

    /// <summary><c>--data DIR</c>: where the embedded store lives.</summary>
    public static Option<string> Data() => new("--data")
    {
        Description = "Data directory of the embedded store",
        DefaultValueFactory = _ => DefaultDataDirectory,
        HelpName = "DIR",
    };
}
