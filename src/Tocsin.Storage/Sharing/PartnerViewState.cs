namespace Tocsin.Storage.Sharing;

/// <summary>A <c>partner_view_state</c> row: the last <c>date_added</c> issued in the view (kept when rows
/// leave, so stamps only grow) and the <see cref="PartnerViewSources.Mark"/> it was computed against.</summary>
internal sealed record PartnerViewState(long LastDateAdded, string SourceMark);
