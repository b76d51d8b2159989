namespace Tocsin.Testing;

/// <summary>The configuration that requires a second factor of no role: the servers of tests that are not about the
/// second factor sign approvers and administrators in with a password alone, as the demo does. Tests of the
/// second factor keep the product's default (approvers and administrators).</summary>
public static class SecondFactorRelaxed
{
    /// <summary>The setting's key.</summary>
    public const string Key = "Tocsin:Auth:SecondFactor:RequiredRoles";

    /// <summary>The setting's value: no role.</summary>
    public const string Value = "none";

    /// <summary>The same as a command-line argument of <c>TocsinServer.BuildAsync</c>.</summary>
    public static string[] Args => ["--" + Key + "=" + Value];

    /// <summary>The same as an environment variable of a <c>tocsin serve</c> process.</summary>
    public const string EnvironmentVariable = "Tocsin__Auth__SecondFactor__RequiredRoles";
}
