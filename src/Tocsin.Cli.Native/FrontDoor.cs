namespace Tocsin.Cli.Native;

/// <summary>The native front door's one decision. It answers only what it can answer exactly as the managed command
/// would (the same shared code, the same root command with the same single subcommand); anything else, even
/// <c>tocsin --help</c> which lists every command, goes to the managed command untouched.</summary>
internal static class FrontDoor
{
    public static FrontDoorRoute RouteOf(string[] args) => args switch
    {
        ["--version"] => FrontDoorRoute.Version,
        ["validate", ..] => FrontDoorRoute.Validate,
        _ => FrontDoorRoute.Managed,
    };
}
