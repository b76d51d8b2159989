using System.Collections.Frozen;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary><c>external_references</c> (STIX 2.1 §2.5, §2.7, §4.1, §4.19).</summary>
internal static class ExternalReferenceRules
{
    // §10.6 hash-algorithm-ov.
    private static readonly FrozenSet<string> _hashAlgorithms = new[]
    {
        "MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP", "TLSH",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Check(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, "'external_references' must be a list of external references.");
            return;
        }

        var index = 0;
        foreach (var reference in value.EnumerateArray())
        {
            context.Path.Push(index++);
            CheckOne(context, reference);
            context.Path.Pop();
        }
    }

    private static void CheckOne(ValidationContext context, JsonElement reference)
    {
        if (reference.ValueKind != JsonValueKind.Object)
        {
            context.Error(RuleCodes.PropertyType, "An external reference must be a JSON object.");
            return;
        }

        string? sourceName = null;
        string? externalId = null;
        var hasContent = false;
        foreach (var property in reference.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "source_name":
                    sourceName = RequireString(context, property.Name, value);
                    break;
                case "description":
                    hasContent = true;
                    RequireString(context, property.Name, value);
                    break;
                case "external_id":
                    hasContent = true;
                    externalId = RequireString(context, property.Name, value);
                    break;
                case "url":
                    hasContent = true;
                    CheckUrl(context, RequireString(context, property.Name, value));
                    break;
                case "hashes":
                    context.Path.Push("hashes");
                    CheckHashes(context, value);
                    context.Path.Pop();
                    break;
                default:
                    break;
            }
        }

        if (sourceName is null && !reference.TryGetProperty("source_name", out _))
        {
            context.ErrorAt("source_name", RuleCodes.Required, "An external reference must have a 'source_name'.");
        }

        // §2.5.2: "at least one of the description, url or external_id properties MUST be present".
        if (!hasContent)
        {
            context.Error(RuleCodes.ExternalReferenceContent,
                "An external reference needs at least one of 'description', 'url' or 'external_id' besides 'source_name'.");
        }

        CheckExternalId(context, sourceName, externalId);
    }

    // §4.1 (attack-pattern): CAPEC ids MUST be "CAPEC-[id]"; §4.19 (vulnerability): CVE ids "CVE-YYYY-NNNN".
    private static void CheckExternalId(ValidationContext context, string? sourceName, string? externalId)
    {
        if (externalId is null)
        {
            return;
        }

        CheckSourceName(context, sourceName, externalId);
        if (sourceName == "capec" && !IsPrefixedNumber(externalId, "CAPEC-"))
        {
            context.ErrorAt("external_id", RuleCodes.ExternalIdFormat, $"A 'capec' external id must be of the form CAPEC-<number>, not '{externalId}'.");
        }
        else if (sourceName == "cve" && !IsCve(externalId))
        {
            context.ErrorAt("external_id", RuleCodes.ExternalIdFormat, $"A 'cve' external id must be of the form CVE-<year>-<number>, not '{externalId}'.");
        }
    }

    // §4.19 (vulnerability) external_references: "When specifying a CVE ID, the source_name property of the external
    // reference MUST be set to cve"; §4.1 (attack-pattern) says the same of CAPEC ids and capec. An id is taken to be
    // a CVE or CAPEC id when it has that form, whatever its case.
    private static void CheckSourceName(ValidationContext context, string? sourceName, string externalId)
    {
        var expected = context.Type switch
        {
            "vulnerability" when IsCve(externalId.ToUpperInvariant()) => "cve",
            "attack-pattern" when IsPrefixedNumber(externalId.ToUpperInvariant(), "CAPEC-") => "capec",
            _ => null,
        };
        if (expected is not null && sourceName is not null && sourceName != expected)
        {
            context.ErrorAt("source_name", RuleCodes.ExternalIdSource,
                $"'{externalId}' is a {expected.ToUpperInvariant()} id: its external reference's source_name must be '{expected}', not '{sourceName}'.");
        }
    }

    private static bool IsPrefixedNumber(string text, string prefix) =>
        text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal)
        && !text.AsSpan(prefix.Length).ContainsAnyExceptInRange('0', '9');

    private static bool IsCve(string text) =>
        text.Length >= 13 && text.StartsWith("CVE-", StringComparison.Ordinal) && text[8] == '-'
        && !text.AsSpan(4, 4).ContainsAnyExceptInRange('0', '9') && !text.AsSpan(9).ContainsAnyExceptInRange('0', '9');

    private static void CheckUrl(ValidationContext context, string? url)
    {
        if (url is null)
        {
            return;
        }

        if (!UrlSyntax.IsAbsoluteUrl(url))
        {
            context.ErrorAt("url", RuleCodes.UrlFormat, $"'{url}' is not an absolute URL (RFC 3986).");
        }
    }

    /// <summary>§2.7: keys 3–250 ASCII letters, digits, hyphen, underscore; values strings; names
    /// SHOULD come from hash-algorithm-ov.</summary>
    public static void CheckHashes(ValidationContext context, JsonElement hashes)
    {
        if (hashes.ValueKind != JsonValueKind.Object)
        {
            context.Error(RuleCodes.PropertyType, "'hashes' must be a dictionary of hash algorithm to value.");
            return;
        }

        if (!ValueRules.CheckNotEmptyDictionary(context, "hashes", hashes))
        {
            return;
        }

        foreach (var hash in hashes.EnumerateObject())
        {
            var name = hash.Name;
            context.Path.Push(name);
            if (name.Length < 3 || !AsciiSets.IsDictionaryKey(name))
            {
                context.Error(RuleCodes.HashKeyFormat, $"'{name}' is not a hash algorithm name: 3–250 ASCII letters, digits, hyphens and underscores.");
            }
            else if (!_hashAlgorithms.Contains(name) && !name.StartsWith("x_", StringComparison.Ordinal))
            {
                context.Warning(RuleCodes.HashAlgorithm, $"'{name}' is not in the hash-algorithm-ov vocabulary (MD5, SHA-1, SHA-256, SHA-512, SHA3-256, SHA3-512, SSDEEP, TLSH).");
            }

            if (hash.Value.ValueKind != JsonValueKind.String)
            {
                context.Error(RuleCodes.PropertyType, "A hash value must be a string.");
            }
            else if (HashValues.Problem(name, hash.Value.GetString()!) is { } expected)
            {
                // §2.7: "The value MUST be a string in the appropriate format defined by the hash type".
                context.Error(RuleCodes.HashValueFormat, $"A {name} value must be {expected}, not '{hash.Value.GetString()}'.");
            }

            context.Path.Pop();
        }
    }

    private static string? RequireString(ValidationContext context, string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        context.ErrorAt(name, RuleCodes.PropertyType, $"'{name}' must be a string.");
        return null;
    }
}
