using System.Collections.Concurrent;

namespace Tocsin.Server.Snapshot;

/// <summary>Everything the public read path serves, as of one publication: the level status of every scheme, the
/// Atom feed and the CAP messages it lists, and the public pages rendered since. Immutable once built (the page table
/// only fills), and replaced whole by <see cref="PublicSnapshots"/> with one reference assignment, so a reader that holds
/// one sees one publication: the levels, the feed and the messages never disagree.</summary>
public sealed class PublicSnapshot
{
    // Public pages take a place-name query: past this many addresses, pages are rendered without being kept.
    private const int PageCapacity = 2_000;

    private readonly ConcurrentDictionary<string, RenderedPage> _pages = new(StringComparer.Ordinal);

    /// <summary>The sequence of the newest public CAP message when this snapshot was read (0 with none): another node's
    /// publication shows as a newer one.</summary>
    public required long Sequence { get; init; }

    /// <summary>The instant the levels were computed at.</summary>
    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>The first instant after <see cref="BuiltAt"/> at which a level may change without a publication (a
    /// decision starts, expires, ends or passes its review-by time); the snapshot is rebuilt before serving past it.</summary>
    public required DateTimeOffset ValidUntil { get; init; }

    /// <summary>The status of each scheme, by scheme id.</summary>
    public required IReadOnlyDictionary<string, SchemeSnapshot> Schemes { get; init; }

    /// <summary>The Atom feed.</summary>
    public required PublicDocument Feed { get; init; }

    /// <summary>The messages the feed lists, by identifier (all Actual and Public).</summary>
    public required IReadOnlyDictionary<string, PublicDocument> Messages { get; init; }

    /// <summary>The public page rendered at <paramref name="address"/> under this snapshot, if any.</summary>
    public RenderedPage? Page(string address) => _pages.TryGetValue(address, out var page) ? page : null;

    /// <summary>Keeps the page rendered at <paramref name="address"/> while this snapshot is current.</summary>
    public void Keep(string address, RenderedPage page)
    {
        if (_pages.Count < PageCapacity)
        {
            _pages.TryAdd(address, page);
        }
    }
}
