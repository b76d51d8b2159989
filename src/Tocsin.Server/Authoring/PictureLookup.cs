using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Server.Ingest;
using Tocsin.Storage;

namespace Tocsin.Server.Authoring;

/// <summary>Finds objects of the picture for authoring, as the reader may see them: "withheld looks like unknown", so a
/// version the reader may not read is answered exactly as an id the picture does not hold.</summary>
public sealed class PictureLookup(ITocsinStore store, DraftService drafts)
{
    private const int PageSize = 1000;

    /// <summary>The picture collection, made on first use.</summary>
    public Task<Collection> PictureAsync(CancellationToken cancellationToken) =>
        drafts.EnsureCollectionAsync(DraftService.PictureCollectionAlias, "Intelligence picture", cancellationToken);

    /// <summary>The latest version of <paramref name="id"/> in the picture whatever the reader, or null (unknown or deleted).
    /// <paramref name="current"/> reads the latest commit, for a read that decides a write.</summary>
    public async Task<StixObject?> LatestAsync(string id, bool current, CancellationToken cancellationToken)
    {
        if (!StixId.TryParse(id, out _))
        {
            return null;
        }

        var picture = await PictureAsync(cancellationToken);
        var page = await store.QueryObjectsAsync(picture.Id, new ObjectQuery { Ids = [id], Current = current }, cancellationToken);
        return page.IsSuccess && page.Value.Items.Count > 0 && page.Value.Items[^1] is { Deleted: false } latest ? latest.Object : null;
    }

    /// <summary>The latest version of <paramref name="id"/> when it is of one of <paramref name="types"/> and the reader
    /// may read it; otherwise null, the same for unknown, withheld and other types.</summary>
    public async Task<StixObject?> VisibleAsync(StaffReader reader, string? id, IReadOnlyList<string> types, bool current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (id is null || await LatestAsync(id.Trim(), current, cancellationToken) is not { } latest || !types.Contains(latest.Type))
        {
            return null;
        }

        return reader.MayRead(latest) && !latest.Revoked ? latest : null;
    }

    /// <summary>The latest versions of the objects of <paramref name="types"/> the reader may read, for a form's choices,
    /// in the order they were added.</summary>
    public async Task<IReadOnlyList<StixObject>> VisibleOfTypesAsync(StaffReader reader, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var picture = await PictureAsync(cancellationToken);
        var found = new List<StixObject>();
        var query = new ObjectQuery { Types = types, Limit = PageSize };
        while (true)
        {
            var page = await store.QueryObjectsAsync(picture.Id, query, cancellationToken);
            if (!page.IsSuccess)
            {
                return found;
            }

            found.AddRange(page.Value.Items.Where(i => !i.Deleted && !i.Object.Revoked && reader.MayRead(i.Object)).Select(i => i.Object));
            if (!page.Value.More || page.Value.Next is null)
            {
                return found;
            }

            query = query with { Cursor = page.Value.Next };
        }
    }
}
