using System.Text.Json;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Drafts;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Ingest;

/// <summary>Drafts as one member of staff may see them. A draft reuses objects of the picture (known actors it
/// recognised in the report) by id; a reader who may not read one of those objects may not see the draft at all, and it
/// is answered exactly as a draft that does not exist — its text, its items and the ids it reuses would otherwise say
/// what the reader is not cleared for (docs/read-log.md).</summary>
public sealed class DraftClearance(ITocsinStore store, ReadGate gate, ClearedPicture picture, ReadRecorder recorder)
{
    /// <summary>The reader behind a request.</summary>
    public Task<StaffReader> ReaderAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken) =>
        gate.ForAsync(user, cancellationToken);

    /// <summary>The draft when <paramref name="reader"/> may see it; null when it does not exist or may not be seen.</summary>
    public async Task<Draft?> FindAsync(StaffReader reader, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var draft = await store.Drafts.FindAsync(id, cancellationToken);
        return draft is not null && (await ReusedAsync(reader, draft, cancellationToken)).Visible ? draft : null;
    }

    /// <summary>The draft when <paramref name="reader"/> may see it, with the picture objects it reuses put on the record
    /// (path <c>ingest</c>) before it is served.</summary>
    public async Task<Draft?> ReadAsync(StaffReader reader, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var draft = await store.Drafts.FindAsync(id, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var (visible, reused) = await ReusedAsync(reader, draft, cancellationToken);
        if (!visible)
        {
            return null;
        }

        await recorder.RecordAsync(reader, ReadPaths.Ingest, reused, cancellationToken);
        return draft;
    }

    /// <summary>Of <paramref name="drafts"/> (summaries), those <paramref name="reader"/> may see, in order.</summary>
    public async Task<IReadOnlyList<Draft>> VisibleAsync(StaffReader reader, IReadOnlyList<Draft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var visible = new List<Draft>(drafts.Count);
        foreach (var summary in drafts)
        {
            if (await FindAsync(reader, summary.Id, cancellationToken) is not null)
            {
                visible.Add(summary);
            }
        }

        return visible;
    }

    // The ids the draft's objects refer to that the draft does not itself hold: objects of the store it reuses. Any the
    // store holds and the reader may not read hide the draft; ids the store does not hold hide nothing.
    private async Task<(bool Visible, IReadOnlyList<StixObject> Reused)> ReusedAsync(StaffReader reader, Draft draft, CancellationToken cancellationToken)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        using (var bundle = JsonDocument.Parse(draft.Bundle))
        {
            if (bundle.RootElement.TryGetProperty("objects", out var objects) && objects.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in objects.EnumerateArray())
                {
                    var stix = StixObject.FromTrusted(JsonSerializer.SerializeToUtf8Bytes(element));
                    own.Add(stix.Id);
                    referenced.UnionWith(SharingReferences.Of(stix));
                }
            }
        }

        var external = referenced.Where(id => !own.Contains(id)).ToList();
        if (external.Count == 0)
        {
            return (true, []);
        }

        var readable = await picture.ReadableAsync(reader, external, cancellationToken);
        var readableIds = readable.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in external.Where(id => !readableIds.Contains(id)))
        {
            if ((await store.HistoryAsync(id, cancellationToken)).Any(v => !v.Deleted))
            {
                return (false, []);
            }
        }

        return (true, readable);
    }
}
