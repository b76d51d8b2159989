namespace Tocsin.Core.Tests.Cap;

/// <summary>The CAP files under Tocsin.Testing/Samples/cap (see its SOURCE.md), as copied to the output.</summary>
internal static class CapSamples
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Samples", "cap");

    public static string SchemaPath => Path.Combine(Root, "CAP-v1.2.xsd");

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));
}
