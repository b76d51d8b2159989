using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Audit;

/// <summary>Builds the details of audit entries in RFC 8785 canonical form.</summary>
public static class AuditDetails
{
    /// <summary>Above this many versions, an entry holds a digest of the list instead of the list, so that
    /// one huge import stays one entry of bounded size.</summary>
    public const int MaxListedVersions = 1000;

    /// <summary>The canonical JSON text of <paramref name="details"/>.</summary>
    public static string Canonical(JsonObject details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(details.ToJsonString())));
    }

    /// <summary>The details of versions written together: <c>count</c> plus <c>versions</c>, the list of
    /// <c>{"id", "version", "sha256"}</c> sorted by id then version (ordinal); above
    /// <see cref="MaxListedVersions"/>, <c>versions_sha256</c> instead: the SHA-256 (hex) of that list's
    /// canonical JSON array.</summary>
    /// <param name="details">Other members (e.g. the collection); the version members are added to it.</param>
    /// <param name="versions">The versions, in any order.</param>
    public static JsonObject WithVersions(JsonObject details, IReadOnlyCollection<AuditedVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(versions);
        var list = new JsonArray();
        foreach (var version in versions.OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.VersionKey, StringComparer.Ordinal))
        {
            list.Add(new JsonObject
            {
                ["id"] = version.Id,
                ["sha256"] = Convert.ToHexStringLower(version.ContentHash.Span),
                ["version"] = version.VersionKey,
            });
        }

        details["count"] = versions.Count;
        if (versions.Count <= MaxListedVersions)
        {
            details["versions"] = list;
        }
        else
        {
            var canonical = JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(list.ToJsonString()));
            details["versions_sha256"] = Convert.ToHexStringLower(SHA256.HashData(canonical));
        }

        return details;
    }
}
