namespace Tocsin.Storage.Search;

/// <summary>Full-text search over the versions stored in a collection (docs/search.md), with each engine's own
/// engine: SQLite FTS5, PostgreSQL <c>tsvector</c> with a GIN index. A stored version is queued for the index in the
/// transaction that stores it and indexed afterwards, by <see cref="CatchUpAsync"/> (the server's upkeep calls it) and
/// by every search before it reads the index; tombstones and newer versions are judged at search time, so an answer
/// is always what the collection serves now.</summary>
public interface ISearchStore
{
    /// <summary>Up to <see cref="SearchQuery.Limit"/> live versions of collection <paramref name="collectionId"/>
    /// (the latest live version of each id, never a tombstoned or superseded one, never a partner's contribution)
    /// whose words hold every word of <paramref name="query"/> as a prefix, newest stored first, from
    /// <see cref="SearchQuery.Before"/> on. No clearance is applied here: the caller filters what it serves.</summary>
    Task<IReadOnlyList<SearchHit>> FindAsync(Guid collectionId, SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Indexes up to <paramref name="maxVersions"/> of the oldest versions queued for the index, in one
    /// transaction, and returns how many it took off the queue (0 when none waited).</summary>
    Task<int> CatchUpAsync(int maxVersions, CancellationToken cancellationToken);

    /// <summary>How many stored versions wait for the index.</summary>
    Task<long> QueuedAsync(CancellationToken cancellationToken);
}
