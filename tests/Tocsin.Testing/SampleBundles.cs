namespace Tocsin.Testing;

/// <summary>The public STIX files under <c>Samples/stix-bundles</c>, as copied to the test output.</summary>
public static class SampleBundles
{
    /// <summary>Absolute path of the <c>stix-bundles</c> folder in the test output.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Samples", "stix-bundles");

    /// <summary>The two upstream files that SOURCE.md names as not being bundles: they have an
    /// <c>objects</c> array but no <c>"type": "bundle"</c>. Paths relative to <see cref="Root"/>, with '/'.</summary>
    public static IReadOnlyList<string> NotBundles { get; } =
    [
        "oasis-common-objects/tlp-2.0/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d.json",
        "oasis-common-objects/tlp-2.0/using-tlp2.0-green.INVALID-timestamp.json",
    ];

    /// <summary>Every <c>.json</c> file, relative to <see cref="Root"/> with '/', sorted.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every file except <see cref="NotBundles"/>.</summary>
    public static IReadOnlyList<string> Bundles() => All().Except(NotBundles, StringComparer.Ordinal).ToList();

    /// <summary>Opens a sample for reading.</summary>
    public static FileStream Open(string relativePath) => File.OpenRead(Path.Combine(Root, relativePath));

    /// <summary>The bytes of a sample.</summary>
    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));
}
