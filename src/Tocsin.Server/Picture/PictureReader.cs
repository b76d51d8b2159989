using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Server.Ingest;
using Tocsin.Storage;

namespace Tocsin.Server.Picture;

/// <summary>Loads the <see cref="PictureSnapshot"/> of one staff member: every page of the <c>picture</c> collection's
/// latest versions, tombstoned and revoked objects left out, then cleared by <see cref="StaffReader.Visible"/> in one
/// pass so that the reference rule sees the whole picture. Nothing is recorded here: the views record what they show.</summary>
public sealed class PictureReader(ITocsinStore store)
{
    private const int PageSize = 1000;

    /// <summary>The reader's snapshot; empty when there is no picture yet.</summary>
    public async Task<PictureSnapshot> SnapshotAsync(StaffReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (await store.FindCollectionAsync(DraftService.PictureCollectionAlias, cancellationToken) is not { } picture)
        {
            return new PictureSnapshot([]);
        }

        var latest = new List<StixObject>();
        var query = new ObjectQuery { Limit = PageSize };
        while (true)
        {
            var page = await store.QueryObjectsAsync(picture.Id, query, cancellationToken);
            if (!page.IsSuccess)
            {
                throw new InvalidOperationException($"The picture cannot be read: {page.Error.Message}");
            }

            latest.AddRange(page.Value.Items.Where(s => !s.Deleted && !s.Object.Revoked).Select(s => s.Object));
            if (!page.Value.More || page.Value.Next is null)
            {
                break;
            }

            query = query with { Cursor = page.Value.Next };
        }

        return new PictureSnapshot(reader.Visible(latest));
    }
}
