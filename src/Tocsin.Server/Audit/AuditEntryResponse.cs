using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Storage;

namespace Tocsin.Server.Audit;

/// <summary>One audit entry as the API shows it: times RFC 3339 UTC with microseconds, hashes lower-case hex, the
/// details as the JSON object the log holds, and the actor's name when the actor is a known principal.</summary>
public sealed record AuditEntryResponse(long Sequence, string At, string Actor, string? ActorName, string Action, string Subject,
    JsonElement Details, string PreviousHash, string Hash)
{
    /// <summary>The response for <paramref name="entry"/>; <paramref name="names"/> maps principal ids to names.</summary>
    public static AuditEntryResponse Of(AuditEntry entry, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        using var details = JsonDocument.Parse(entry.Details.Length == 0 ? "{}" : entry.Details);
        return new AuditEntryResponse(entry.Sequence, new DateAddedStamp(entry.At).ToTaxiiString(), entry.Actor, names.GetValueOrDefault(entry.Actor),
            entry.Action, entry.Subject, details.RootElement.Clone(), Convert.ToHexStringLower(entry.PreviousHash.Span), Convert.ToHexStringLower(entry.Hash.Span));
    }
}
