using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>Which versions of each object a query selects (TAXII 2.1 §3.4.2 <c>match[version]</c>):
/// any combination of first, last, all and explicit version timestamps, selecting the union of what each
/// selects. The default is last. A filter that includes nothing selects nothing.</summary>
/// <remarks>First and last are judged among the visible (non-tombstoned) versions of the object in the
/// collection queried; timestamps match by instant however they are written (<c>…:00Z</c> = <c>…:00.000Z</c>).</remarks>
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
