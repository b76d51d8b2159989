using System.Security.Claims;
using System.Text.Json;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Server.Ingest;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>What the tearline room reads (docs/sharing.md, "Tearlines"), for the web pages and the API alike: the
/// original an analyst writes a tearline of, the requests waiting for a second person, one request, and the released
/// tearlines. "Withheld looks like unknown": an original the reader may not read, and every request about it, is
/// answered exactly as one the store does not hold; every version shown is put on the read record.</summary>
public sealed class TearlineRoom(ITocsinStore store, ReadGate gate, ClearedPicture picture, ReadRecorder recorder)
{
    /// <summary>The latest version of <paramref name="objectId"/> in <paramref name="collection"/> (id or alias; blank: the
    /// intelligence picture), or null when the collection is unknown, the reader holds no read grant on it, or the
    /// object is not there or over the reader's clearance.</summary>
    public async Task<TearlineOriginal?> OriginalAsync(ClaimsPrincipal user, string? collection, string objectId, string path,
        CancellationToken cancellationToken)
    {
        var alias = string.IsNullOrWhiteSpace(collection) ? DraftService.PictureCollectionAlias : collection.Trim();
        var found = await store.FindCollectionAsync(alias, cancellationToken);
        var principal = user.Identity?.Name is { } name ? await store.FindPrincipalAsync(name, cancellationToken) : null;
        if (found is null || principal is null || string.IsNullOrWhiteSpace(objectId)
            || !(await store.RightsAsync(found.Id, principal.Id, cancellationToken)).HasFlag(CollectionRights.Read))
        {
            return null;
        }

        var original = await LatestAsync(found.Id, objectId, cancellationToken);
        var reader = await gate.ForAsync(user, cancellationToken);
        if (original is null || !reader.MayRead(original))
        {
            return null;
        }

        await recorder.RecordAsync(reader, path, [original], cancellationToken);
        return new TearlineOriginal(found, original);
    }

    /// <summary>The requests waiting for a second person, oldest first, without those whose original the reader may not
    /// read (their object id would say what is withheld).</summary>
    public async Task<IReadOnlyList<TearlineRequestView>> PendingAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        var pending = await store.TearlineRequests.ListPendingAsync(cancellationToken);
        var reader = await gate.ForAsync(user, cancellationToken);
        var held = pending.Select(r => r.ObjectId).Distinct(StringComparer.Ordinal).ToList();
        var readable = (await picture.ReadableAsync(reader, held, cancellationToken)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var withheld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in held.Where(id => !readable.Contains(id)))
        {
            if ((await store.HistoryAsync(id, cancellationToken)).Any(v => !v.Deleted))
            {
                withheld.Add(id);
            }
        }

        return [.. pending.Where(r => !withheld.Contains(r.ObjectId)).Select(r => View(r, names, null))];
    }

    /// <summary>One request (pending or released) with its original's latest version as the reader may read it; null for
    /// an unknown request or one whose original the reader may not read.</summary>
    public async Task<TearlineRequestView?> RequestAsync(ClaimsPrincipal user, Guid id, string path, CancellationToken cancellationToken)
    {
        if (await store.TearlineRequests.FindAsync(id, cancellationToken) is not { } request)
        {
            return null;
        }

        var original = await LatestAsync(request.CollectionId, request.ObjectId, cancellationToken);
        var reader = await gate.ForAsync(user, cancellationToken);
        if (original is not null && !reader.MayRead(original))
        {
            return null;
        }

        if (original is not null)
        {
            await recorder.RecordAsync(reader, path, [original], cancellationToken);
        }

        return View(request, await NamesAsync(cancellationToken), original);
    }

    /// <summary>The released tearlines of every collection the reader may read (objects carrying the tearline marking,
    /// latest versions), newest first, each with the original it derives from when its <c>derived-from</c> relationship
    /// is readable too.</summary>
    public async Task<IReadOnlyList<ReleasedTearline>> ReleasedAsync(ClaimsPrincipal user, string path, CancellationToken cancellationToken)
    {
        var principal = user.Identity?.Name is { } name ? await store.FindPrincipalAsync(name, cancellationToken) : null;
        if (principal is null)
        {
            return [];
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var released = new List<ReleasedTearline>();
        foreach (var collection in await store.ListCollectionsAsync(cancellationToken))
        {
            if (!(await store.RightsAsync(collection.Id, principal.Id, cancellationToken)).HasFlag(CollectionRights.Read))
            {
                continue;
            }

            var page = await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Limit = ObjectQuery.MaxLimit }, cancellationToken);
            var latest = page.IsSuccess ? page.Value.Items.Select(i => i.Object).ToList() : [];
            var visible = reader.Visible(latest);
            var tearlines = visible.Where(IsTearline).ToList();
            var derivedFrom = visible.Where(o => o.Type == "relationship" && Text(o, "relationship_type") == "derived-from")
                .GroupBy(o => Text(o, "source_ref") ?? string.Empty, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Text(g.First(), "target_ref"), StringComparer.Ordinal);
            await recorder.RecordAsync(reader, path, tearlines, cancellationToken);
            released.AddRange(tearlines.Select(t => new ReleasedTearline(t, collection, derivedFrom.GetValueOrDefault(t.Id))));
        }

        return [.. released.OrderByDescending(r => Text(r.Tearline, "created"), StringComparer.Ordinal)];
    }

    private static bool IsTearline(StixObject version) =>
        version.Root.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array
        && refs.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && r.GetString() == SharingMarkings.TearlineId);

    private static string? Text(StixObject version, string property) =>
        version.Root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<StixObject?> LatestAsync(Guid collectionId, string objectId, CancellationToken cancellationToken)
    {
        var page = await store.QueryObjectsAsync(collectionId, new ObjectQuery { Ids = [objectId], Limit = 1 }, cancellationToken);
        return page.IsSuccess && page.Value.Items.Count > 0 ? page.Value.Items[0].Object : null;
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
        (await store.ListPrincipalsAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);

    private static TearlineRequestView View(TearlineRequest request, Dictionary<Guid, string> names, StixObject? original) =>
        new(request, names.GetValueOrDefault(request.RequestedBy, request.RequestedBy.ToString("D")),
            request.DecidedBy is { } approver ? names.GetValueOrDefault(approver, approver.ToString("D")) : null, original);
}
