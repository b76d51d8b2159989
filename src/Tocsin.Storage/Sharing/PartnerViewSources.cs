namespace Tocsin.Storage.Sharing;

/// <summary>What a view is computed from, besides the settings and the reader: the collection's last addition
/// (-1: empty; contributions included), how many visible marking definitions our picture holds, the partner's
/// profile revision (-1: none) and the staff member's clearance revision (-1: none).</summary>
internal sealed record PartnerViewSources(long LastAdded, long Markings, long ProfileRevision, long ClearanceRevision)
{
    /// <summary>The mark stored with a computed view; a view whose stored mark differs is stale.</summary>
    public string Mark(long settingsRevision, ViewReader reader) =>
        $"{LastAdded}|{Markings}|{ProfileRevision}|{settingsRevision}|{ClearanceRevision}|{reader.Fingerprint()}";
}
