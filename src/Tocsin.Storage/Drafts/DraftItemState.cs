using Tocsin.Core.Ingest;

namespace Tocsin.Storage.Drafts;

/// <summary>One draft item and where its review stands.</summary>
/// <param name="Id">The item's STIX id (unique within a draft).</param>
/// <param name="Field">What the item is.</param>
/// <param name="Type">The STIX type of the object (of the existing object when <paramref name="Existing"/>).</param>
/// <param name="Label">A short human-readable value.</param>
/// <param name="Confidence">Extraction confidence, 0–100.</param>
/// <param name="Spans">The words it came from (UTF-16 offsets into <see cref="Draft.Text"/>).</param>
/// <param name="Existing">True when the item refers to an object already in the store (a known actor).</param>
/// <param name="Status">Pending, accepted or dropped.</param>
/// <param name="AcceptedObjectId">For an accepted item, the id of the object written to the picture.</param>
/// <param name="AcceptedVersion">For an accepted item, the version written (its <c>modified</c>); null when the
/// item referred to an existing object.</param>
/// <param name="DecidedBy">Who accepted or dropped it.</param>
/// <param name="DecidedAt">When.</param>
public sealed record DraftItemState(
    string Id,
    DraftField Field,
    string Type,
    string Label,
    int Confidence,
    IReadOnlyList<TextSpan> Spans,
    bool Existing,
    DraftItemStatus Status,
    string? AcceptedObjectId,
    string? AcceptedVersion,
    Guid? DecidedBy,
    DateTimeOffset? DecidedAt);
