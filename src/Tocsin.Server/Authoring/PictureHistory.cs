using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Storage;

namespace Tocsin.Server.Authoring;

/// <summary>The versions of an object of the picture (docs/authoring.md, "History"): every version the reader may read,
/// oldest first, with what changed between consecutive ones. A version the reader may not read is left out as if it
/// did not exist; an object with none left is unknown. The versions shown are put on the read record first.</summary>
public sealed class PictureHistory(ITocsinStore store, PictureLookup lookup, ReadRecorder recorder)
{
    private const int PageSize = 1000;

    /// <summary>The history of <paramref name="id"/> for <paramref name="reader"/>, recorded as read through
    /// <paramref name="path"/> (<c>api</c> or <c>web</c>); null when the reader can read no version of it.</summary>
    public async Task<ObjectHistory?> FindAsync(StaffReader reader, string id, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!StixId.TryParse(id, out _))
        {
            return null;
        }

        var stored = await VersionsAsync(id, cancellationToken);
        var visible = reader.Visible([.. stored.Select(s => s.Object)]).ToHashSet();
        var shown = stored.Where(s => visible.Contains(s.Object)).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        await recorder.RecordAsync(reader, path, [.. shown.Select(s => s.Object)], cancellationToken);
        var versions = shown.Select((s, i) => new VersionView(s.Object.VersionTimestamp?.Text, s.DateAdded.Instant, s.Object.CreatedByRef,
            i == 0 ? [] : VersionChanges.Between(shown[i - 1].Object.Root, s.Object.Root), s.Object.Root)).ToList();
        return new ObjectHistory(id, shown[0].Object.Type, versions);
    }

    private async Task<List<StoredObject>> VersionsAsync(string id, CancellationToken cancellationToken)
    {
        var picture = await lookup.PictureAsync(cancellationToken);
        var versions = new List<StoredObject>();
        var query = new ObjectQuery { Ids = [id], Versions = VersionFilter.All, Limit = PageSize };
        while (true)
        {
            var page = await store.QueryObjectsAsync(picture.Id, query, cancellationToken);
            if (!page.IsSuccess)
            {
                break;
            }

            versions.AddRange(page.Value.Items.Where(i => !i.Deleted));
            if (!page.Value.More || page.Value.Next is null)
            {
                break;
            }

            query = query with { Cursor = page.Value.Next };
        }

        // Oldest first by version, whatever order they reached the picture in.
        return [.. versions.OrderBy(v => v.Object.VersionTimestamp?.Instant ?? DateTimeOffset.MinValue).ThenBy(v => v.DateAdded.Instant)];
    }
}
