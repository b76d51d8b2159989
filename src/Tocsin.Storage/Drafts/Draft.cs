namespace Tocsin.Storage.Drafts;

/// <summary>One ingested report awaiting review.</summary>
/// <param name="Id">The draft id (UUIDv4).</param>
/// <param name="CreatedBy">The principal who ingested it.</param>
/// <param name="CreatedAt">When it was ingested (the store keeps microseconds).</param>
/// <param name="Source">Who published the report.</param>
/// <param name="Published">When the report was published, when known.</param>
/// <param name="Language">The language it was read as (<c>en</c> or <c>fr</c>).</param>
/// <param name="Text">The NFC report text every span indexes.</param>
/// <param name="ReportId">The STIX id of the drafted <c>report</c>.</param>
/// <param name="ReportAcceptedVersion">The report's version in the picture once the first item was
/// accepted; null before.</param>
/// <param name="Bundle">The draft STIX bundle exactly as drafted (UTF-8 JSON); empty in lists.</param>
/// <param name="Items">The items in draft order.</param>
public sealed record Draft(
    Guid Id,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    string Source,
    DateTimeOffset? Published,
    string Language,
    string Text,
    string ReportId,
    string? ReportAcceptedVersion,
    ReadOnlyMemory<byte> Bundle,
    IReadOnlyList<DraftItemState> Items)
{
    /// <summary>The item whose id is <paramref name="itemId"/>, or null.</summary>
    public DraftItemState? Item(string itemId) => Items.FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.Ordinal));
}
