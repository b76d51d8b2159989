using System.CommandLine;

namespace Tocsin.Cli;

/// <summary>The root of the <c>tocsin</c> command line, one description for both fronts: it heads the help of every
/// command, so the native front door and the managed command must build it alike.</summary>
public static class TocsinRootCommand
{
    /// <summary>A root command with no subcommands yet.</summary>
    public static RootCommand Create() =>
        new("Tocsin: national terrorism threat-alert platform (STIX 2.1, TAXII 2.1, CAP 1.2)");
}
