using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Server.Ingest;
using Tocsin.Storage;
using Tocsin.Storage.Search;

namespace Tocsin.Server.Search;

/// <summary>Searches the intelligence picture (the <c>picture</c> collection) for one staff member (docs/search.md):
/// the index answers, the clearance filters, and the index is asked again while the clearance removed hits, so a page
/// is never short while more readable matches exist and a withheld object's words never find it. What is served is
/// recorded as read before it is returned. The API, the search page and the decision room's evidence search all
/// call it.</summary>
public sealed class PictureSearch(ITocsinStore store, ReadRecorder recorder)
{
    /// <summary>The fewest index rows asked for at a time, so that a reader who may read little is served in few round trips.</summary>
    private const int MinBatch = 50;

    /// <summary>One page for <paramref name="reader"/>: up to <see cref="SearchQuery.Limit"/> versions the reader may
    /// read, recorded as read through <paramref name="path"/>; empty when there is no picture yet.</summary>
    public async Task<SearchResults> FindAsync(StaffReader reader, SearchQuery query, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        if (await store.FindCollectionAsync(DraftService.PictureCollectionAlias, cancellationToken) is not { } picture)
        {
            return new SearchResults([], false, null);
        }

        var served = new List<(long Row, StixObject Version)>();
        var batch = Math.Max(MinBatch, query.Limit + 1);
        var ask = query with { Limit = Math.Min(batch, SearchQuery.MaxLimit) };
        while (served.Count <= query.Limit)
        {
            var hits = await store.Search.FindAsync(picture.Id, ask, cancellationToken);
            var live = hits.Where(h => !h.Stored.Object.Revoked).ToList();
            var visible = reader.Visible([.. live.Select(h => h.Stored.Object)]).ToHashSet();
            served.AddRange(live.Where(h => visible.Contains(h.Stored.Object)).Select(h => (h.Row, h.Stored.Object)));
            if (hits.Count < ask.Limit)
            {
                break;
            }

            // Withheld and revoked hits are passed over: ask the index for the rows after the last one read.
            ask = ask with { Before = hits[^1].Row, Limit = Math.Min(ask.Limit * 2, SearchQuery.MaxLimit) };
        }

        var page = served.Take(query.Limit).ToList();
        var more = served.Count > query.Limit;
        await recorder.RecordAsync(reader, path, [.. page.Select(p => p.Version)], cancellationToken);
        return new SearchResults([.. page.Select(p => p.Version)], more, more ? page[^1].Row : null);
    }
}
