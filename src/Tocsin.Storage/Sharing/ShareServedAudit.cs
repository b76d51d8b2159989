using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Sharing;

/// <summary>The audit entry of one response served to a partner.</summary>
internal static class ShareServedAudit
{
    /// <summary>The versions the partner received, listed when few and otherwise bound by the SHA-256 of the
    /// sorted list (as object imports are, docs/audit.md).</summary>
    public static AuditRecord Of(string partner, IReadOnlyList<SharedVersion> versions, long sharedAt)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sorted = versions.Select(v => $"{v.ObjectId} {v.VersionKey}").Order(StringComparer.Ordinal).ToList();
        var details = new JsonObject { ["at"] = sharedAt, ["count"] = sorted.Count };
        if (sorted.Count <= AuditDetails.MaxListedVersions)
        {
            details["versions"] = new JsonArray([.. sorted.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }
        else
        {
            details["versions_sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted))));
        }

        return AuditRecord.Of(AuditActions.ShareServed, partner, details);
    }
}
