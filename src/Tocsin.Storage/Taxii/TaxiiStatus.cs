namespace Tocsin.Storage.Taxii;

/// <summary>The outcome of one TAXII POST (TAXII 2.1 §4.3.1), kept for its poster until <see cref="ExpiresAt"/>.</summary>
/// <param name="Id">The status id (UUIDv4).</param>
/// <param name="OwnerId">The principal that posted; the only one that may read it.</param>
/// <param name="RequestTimestamp">When the request was received.</param>
/// <param name="ExpiresAt">After this instant the status is gone.</param>
/// <param name="Successes">Objects stored (new or identical duplicates).</param>
/// <param name="Failures">Objects refused, each with its reason.</param>
/// <param name="Pendings">Objects not yet processed (Tocsin processes every POST before answering).</param>
public sealed record TaxiiStatus(
    Guid Id,
    Guid OwnerId,
    DateTimeOffset RequestTimestamp,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<TaxiiStatusDetail> Successes,
    IReadOnlyList<TaxiiStatusDetail> Failures,
    IReadOnlyList<TaxiiStatusDetail> Pendings)
{
    /// <summary>How many objects the request held.</summary>
    public int TotalCount => Successes.Count + Failures.Count + Pendings.Count;

    /// <summary><c>complete</c> when nothing is pending, else <c>pending</c>.</summary>
    public string Status => Pendings.Count == 0 ? "complete" : "pending";
}
