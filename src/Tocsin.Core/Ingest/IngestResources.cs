namespace Tocsin.Core.Ingest;

/// <summary>Reads the files embedded from <c>Ingest/Data</c>.</summary>
internal static class IngestResources
{
    public const string DataPrefix = "Tocsin.Core.Ingest.Data.";

    public static byte[] Read(string fileName) => ReadResource(DataPrefix + fileName);

    public static byte[] ReadResource(string name)
    {
        using var stream = typeof(IngestResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static IEnumerable<string> Names(string prefix) =>
        typeof(IngestResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
