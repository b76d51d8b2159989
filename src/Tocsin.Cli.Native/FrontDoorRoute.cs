namespace Tocsin.Cli.Native;

/// <summary>Who answers a command line given to the native front door.</summary>
internal enum FrontDoorRoute
{
    /// <summary><c>tocsin --version</c>, answered here.</summary>
    Version,

    /// <summary><c>tocsin validate …</c>, its help and its argument errors included, answered here.</summary>
    Validate,

    /// <summary>Every other command line, help and unknown commands included: the managed command answers it.</summary>
    Managed,
}
