using System.Text.Json.Nodes;

namespace Tocsin.Core.Audit;

/// <summary>What a write transaction asks the audit log to record; the store adds the sequence, time,
/// actor and hashes.</summary>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="Subject">The main thing written; empty when none.</param>
/// <param name="Details">A JSON object in RFC 8785 canonical form (build it with <see cref="Of"/>).</param>
public sealed record AuditRecord(string Action, string Subject, string Details)
{
    /// <summary>A record whose details are <paramref name="details"/> (or <c>{}</c>) in canonical form.</summary>
    /// <exception cref="ArgumentException">A number in the details is not finite.</exception>
    public static AuditRecord Of(string action, string subject, JsonObject? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(subject);
        return new AuditRecord(action, subject, AuditDetails.Canonical(details ?? []));
    }
}
