namespace Tocsin.Storage.Search;

/// <summary>Full-text search over the versions stored in a collection (docs/search.md), with each engine's own
/// engine: SQLite FTS5, PostgreSQL <c>tsvector</c> with a GIN index. The index is written by the database in the
/// transaction that stores each version; tombstones and newer versions are judged at search time, so an answer is
/// always what the collection serves now.</summary>
public interface ISearchStore
{
    /// <summary>Up to <see cref="SearchQuery.Limit"/> live versions of collection <paramref name="collectionId"/>
    /// (the latest live version of each id, never a tombstoned or superseded one, never a partner's contribution)
    /// whose words hold every word of <paramref name="query"/> as a prefix, newest stored first, from
    /// <see cref="SearchQuery.Before"/> on. No clearance is applied here: the caller filters what it serves.</summary>
    Task<IReadOnlyList<SearchHit>> FindAsync(Guid collectionId, SearchQuery query, CancellationToken cancellationToken);
}
