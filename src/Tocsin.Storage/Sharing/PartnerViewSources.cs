namespace Tocsin.Storage.Sharing;

/// <summary>What a partner view is computed from, besides the settings: the collection's last addition
/// (-1: empty; contributions included), how many visible marking definitions our picture holds, and the partner's
/// profile revision (-1: none).</summary>
internal sealed record PartnerViewSources(long LastAdded, long Markings, long ProfileRevision)
{
    /// <summary>The mark stored with a computed view; a view whose stored mark differs is stale.</summary>
    public string Mark(long settingsRevision) => $"{LastAdded}|{Markings}|{ProfileRevision}|{settingsRevision}";
}
