namespace Tocsin.Storage.Drafts;

/// <summary>An analyst's decision on one draft item.</summary>
/// <param name="Status">Accepted or dropped (never pending).</param>
/// <param name="DecidedBy">The analyst.</param>
/// <param name="AcceptedObjectId">For an accept, the id of the object written.</param>
/// <param name="AcceptedVersion">For an accept, the version written; null for an existing object.</param>
public sealed record DraftDecision(DraftItemStatus Status, Guid DecidedBy, string? AcceptedObjectId = null, string? AcceptedVersion = null);
