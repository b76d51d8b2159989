using System.Text.Json;

namespace Tocsin.Storage.Taxii;

/// <summary>How a TAXII status maps to a row of <c>taxii_statuses</c>, the same on every engine: the
/// parameters of the insert (its details as JSON) and the status read back. Only the statements and the
/// connection handling are per engine.</summary>
internal static class TaxiiStatusRows
{
    /// <summary>The select list of <see cref="Row"/> over <c>taxii_statuses</c>.</summary>
    public const string Columns = "request_timestamp AS RequestTimestamp, expires_at AS ExpiresAt, details AS Details";

    /// <summary>Every column of a <c>taxii_statuses</c> row.</summary>
    public static object InsertParameters(TaxiiStatus status) => new
    {
        id = status.Id.ToString("D"),
        owner = status.OwnerId.ToString("D"),
        requested = DateAddedStamp.FromInstant(status.RequestTimestamp).Microseconds,
        expires = DateAddedStamp.FromInstant(status.ExpiresAt).Microseconds,
        status.Status,
        TotalCount = (long)status.TotalCount,
        successes = (long)status.Successes.Count,
        failures = (long)status.Failures.Count,
        pendings = (long)status.Pendings.Count,
        details = JsonSerializer.SerializeToUtf8Bytes(new Details(status.Successes, status.Failures, status.Pendings)),
    };

    public static TaxiiStatus ToStatus(Guid id, Guid ownerId, Row row)
    {
        var details = JsonSerializer.Deserialize<Details>(row.Details)
            ?? throw new InvalidOperationException($"Stored TAXII status {id:D} has no details.");
        return new TaxiiStatus(id, ownerId, new DateAddedStamp(row.RequestTimestamp).Instant, new DateAddedStamp(row.ExpiresAt).Instant,
            details.Successes, details.Failures, details.Pendings);
    }

    internal sealed record Row(long RequestTimestamp, long ExpiresAt, byte[] Details);

    private sealed record Details(IReadOnlyList<TaxiiStatusDetail> Successes, IReadOnlyList<TaxiiStatusDetail> Failures, IReadOnlyList<TaxiiStatusDetail> Pendings);
}
