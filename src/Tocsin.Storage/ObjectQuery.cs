namespace Tocsin.Storage;

/// <summary>Filters and paging for <see cref="ITocsinStore.QueryObjectsAsync"/> (TAXII 2.1 §3.4).</summary>
public sealed record ObjectQuery
{
    /// <summary>Only versions added strictly after this stamp.</summary>
    public DateAddedStamp? AddedAfter { get; init; }

    /// <summary>The most versions a page ever holds, whatever <see cref="Limit"/> asks.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>At most this many versions in the page: at least 1, capped at <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 1000;

    /// <summary>Opaque cursor from a previous page's <see cref="ObjectPage.Next"/>; continues after it.</summary>
    public string? Cursor { get; init; }

    /// <summary>Only these ids (empty: any).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Only these types (empty: any).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Which versions of each object.</summary>
    public VersionFilter Versions { get; init; } = VersionFilter.Last;

    /// <summary>Only these <c>spec_version</c> values, an object without the property counting as STIX 2.1
    /// implies (2.0, or 2.1 for SCOs). Empty: for each object, only the versions of the latest
    /// <c>spec_version</c> held (TAXII 2.1 §3.4.2).</summary>
    public IReadOnlyList<string> SpecVersions { get; init; } = [];

    /// <summary>Read the latest commit, never a replica that may lag it: for a read that decides a write (which
    /// versions a DELETE tombstones). Pages served to clients leave it false and may come from a standby.</summary>
    public bool Current { get; init; }
}
