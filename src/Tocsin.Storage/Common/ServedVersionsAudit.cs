using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>The audit entry of one response whose versions went on a version log: served to a partner (the share log)
/// or read by staff on the record (the read log).</summary>
internal static class ServedVersionsAudit
{
    /// <summary>The versions served, listed when few and otherwise bound by the SHA-256 of the sorted list (as object
    /// imports are, docs/audit.md), with <paramref name="extra"/> details beside them.</summary>
    public static AuditRecord Of(string action, string subject, IReadOnlyList<SharedVersion> versions, long at, JsonObject? extra = null)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sorted = versions.Select(v => $"{v.ObjectId} {v.VersionKey}").Order(StringComparer.Ordinal).ToList();
        var details = extra ?? [];
        details["at"] = at;
        details["count"] = sorted.Count;
        if (sorted.Count <= AuditDetails.MaxListedVersions)
        {
            details["versions"] = new JsonArray([.. sorted.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }
        else
        {
            details["versions_sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted))));
        }

        return AuditRecord.Of(action, subject, details);
    }
}
