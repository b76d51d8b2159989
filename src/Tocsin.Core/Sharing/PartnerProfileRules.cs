using Tocsin.Core.Classification;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>What a valid partner profile holds, and the spelling of TLP levels on the command line and in
/// the API (<c>clear</c>, <c>green</c>, <c>amber</c>, <c>amber+strict</c>, <c>red</c>).</summary>
/// <remarks>Country codes are checked for their form (three letters A–Z), not against the ISO list, which
/// changes; REL TO codes must be such a form or a group of the configured table.</remarks>
public static class PartnerProfileRules
{
    /// <summary>Three ASCII upper-case letters: the form of an ISO 3166-1 alpha-3 code.</summary>
    public static bool IsCountryCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>The lower-case name of a level, e.g. <c>amber+strict</c>.</summary>
    public static string TlpName(TlpLevel level) => level switch
    {
        TlpLevel.Clear => "clear",
        TlpLevel.Green => "green",
        TlpLevel.Amber => "amber",
        TlpLevel.AmberStrict => "amber+strict",
        TlpLevel.Red => "red",
    };

    /// <summary>Reads a TLP level name (case-insensitive; TLP 1.0's <c>white</c> is CLEAR, a <c>tlp:</c> prefix is allowed).</summary>
    public static Result<TlpLevel> ParseTlp(string? name)
    {
        var text = name?.Trim().ToLowerInvariant() ?? string.Empty;
        if (text.StartsWith("tlp:", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        foreach (var level in Enum.GetValues<TlpLevel>())
        {
            if (string.Equals(TlpName(level), text, StringComparison.Ordinal))
            {
                return level;
            }
        }

        return text == "white" ? TlpLevel.Clear
            : new Error("unknown-tlp", $"Unknown TLP level '{name}'. Levels are: clear, green, amber, amber+strict, red.");
    }

    /// <summary>The profile with country and codes upper-cased and codes deduplicated, or the first problem:
    /// <c>partner-country-invalid</c>, <c>partner-releasability-invalid</c>, <c>partner-recipient-invalid</c>,
    /// <c>sector-unknown</c>, <c>recipient-group-unknown</c>.</summary>
    public static Result<PartnerProfile> Normalise(PartnerProfile profile, ReleasabilityGroups groups)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(groups);
        var country = profile.Country?.Trim().ToUpperInvariant();
        if (!IsCountryCode(country))
        {
            return new Error("partner-country-invalid", $"Country '{profile.Country}' is not an ISO 3166-1 alpha-3 code (three letters, e.g. FRA).");
        }

        var codes = new List<string>();
        foreach (var raw in profile.Releasability)
        {
            var code = raw?.Trim().ToUpperInvariant() ?? string.Empty;
            if (!IsCountryCode(code) && !groups.IsGroup(code))
            {
                return new Error("partner-releasability-invalid",
                    $"Releasability code '{raw}' is neither an ISO 3166-1 alpha-3 code nor a group ({string.Join(", ", groups.Names)}).");
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        var recipients = new List<string>();
        foreach (var raw in profile.Recipients)
        {
            var name = raw?.Trim() ?? string.Empty;
            if (name.Length is 0 or > 64 || name.Any(char.IsWhiteSpace))
            {
                return new Error("partner-recipient-invalid", $"Recipient list name '{raw}' must be 1 to 64 characters without spaces.");
            }

            if (!recipients.Contains(name, StringComparer.Ordinal))
            {
                recipients.Add(name);
            }
        }

        var terms = RecipientTermCheck.Check(profile.Sectors, profile.Groups);
        if (!terms.IsSuccess)
        {
            return terms.Error;
        }

        if (!Enum.IsDefined(profile.Ceiling))
        {
            throw new ArgumentOutOfRangeException(nameof(profile), profile.Ceiling, "Unknown TLP level.");
        }

        return profile with
        {
            Country = country!,
            Releasability = codes,
            Recipients = recipients,
            Sectors = terms.Value.Sectors,
            Groups = terms.Value.Groups,
            ClassificationCeiling = string.IsNullOrWhiteSpace(profile.ClassificationCeiling) ? null : ClassificationScale.Key(profile.ClassificationCeiling),
        };
    }
}
