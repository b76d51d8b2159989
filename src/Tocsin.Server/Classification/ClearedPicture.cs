using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Server.Classification;

/// <summary>Stored objects as one staff member may read them, for read paths that name objects by id (evidence cited
/// by decisions, which may be held in any collection): an id whose versions the reader may not read is answered
/// exactly as an id the store does not hold.</summary>
public sealed class ClearedPicture(ITocsinStore store)
{
    /// <summary>The latest stored version of each of <paramref name="ids"/> (in any collection, tombstones aside) that
    /// <paramref name="reader"/> may read, the reference rule applied among them.</summary>
    public async Task<IReadOnlyList<StixObject>> ReadableAsync(StaffReader reader, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ids);
        var held = new List<StixObject>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var history = await store.HistoryAsync(id, cancellationToken);
            // The history is oldest first; the last live version is the one a reader would be served.
            if (history.LastOrDefault(s => !s.Deleted) is { } latest)
            {
                held.Add(latest.Object);
            }
        }

        return reader.Visible(held);
    }
}
