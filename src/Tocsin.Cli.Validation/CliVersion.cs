using System.Reflection;

namespace Tocsin.Cli;

/// <summary>The version of the <c>tocsin</c> command (<c>src/TocsinCli.props</c>), the same whichever front ran it.</summary>
public static class CliVersion
{
    /// <summary>What <c>--version</c> prints: the informational version (version and commit), as System.CommandLine would.</summary>
    public static string Informational { get; } =
        typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
