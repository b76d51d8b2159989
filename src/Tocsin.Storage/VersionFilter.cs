using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>Which versions of each object a query selects (TAXII 2.1 §3.4.2 <c>match[version]</c>):
/// any combination of first, last, all and explicit version timestamps. The default is last.</summary>
public sealed record VersionFilter
{
    /// <summary>The default: the latest version of each object.</summary>
    public static VersionFilter Last { get; } = new() { IncludeLast = true };

    /// <summary>Every version.</summary>
    public static VersionFilter All { get; } = new() { IncludeAll = true };

    /// <summary>Select every version.</summary>
    public bool IncludeAll { get; init; }

    /// <summary>Select the earliest version of each object.</summary>
    public bool IncludeFirst { get; init; }

    /// <summary>Select the latest version of each object.</summary>
    public bool IncludeLast { get; init; }

    /// <summary>Select versions whose version timestamp is one of these instants.</summary>
    public IReadOnlyList<StixTimestamp> Timestamps { get; init; } = [];
}
