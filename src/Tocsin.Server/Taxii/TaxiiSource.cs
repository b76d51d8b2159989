using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Taxii;

/// <summary>Where one TAXII read is served from: the collection itself (a staff member while our picture holds no
/// classification or compartment marking), or a materialised view (a partner's, or a staff member's clearance view).</summary>
/// <param name="View">The view to read; null to read the collection.</param>
/// <param name="Staff">The staff reader, for the read log; null for a partner.</param>
internal sealed record TaxiiSource(ViewReader? View, StaffReader? Staff)
{
    /// <summary>The query to run here. A cursor issued while the collection was served directly continues in the
    /// view as <c>added_after</c> its position: every view row was stamped after the versions that cursor already
    /// served, so nothing is lost (some versions may come again) and nothing over clearance is served.</summary>
    public ObjectQuery Adjust(ObjectQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (View is null || !PageCursor.TryDecode(query.Cursor, out var position))
        {
            return query;
        }

        var after = query.AddedAfter is { } given && given > position ? given : position;
        return query with { Cursor = null, AddedAfter = after };
    }
}
