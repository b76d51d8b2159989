namespace Tocsin.Storage.Reads;

/// <summary>The paths through which staff read objects, as the read log names them.</summary>
public static class ReadPaths
{
    /// <summary>TAXII 2.1 object, manifest and version pages.</summary>
    public const string Taxii = "taxii";

    /// <summary>The JSON API (evidence cited by decisions).</summary>
    public const string Api = "api";

    /// <summary>Evidence search.</summary>
    public const string Search = "search";

    /// <summary>Server-rendered web pages.</summary>
    public const string Web = "web";

    /// <summary><c>tocsin export</c>.</summary>
    public const string Export = "export";

    /// <summary>Ingest drafts and their review.</summary>
    public const string Ingest = "ingest";

    /// <summary>Webhook payloads.</summary>
    public const string Webhook = "webhook";

    /// <summary>Every path, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Taxii, Api, Search, Web, Export, Ingest, Webhook];

    /// <summary>True when <paramref name="path"/> is one of <see cref="All"/> (exactly, case-sensitive).</summary>
    public static bool IsKnown(string? path) => path is not null && All.Contains(path, StringComparer.Ordinal);
}
