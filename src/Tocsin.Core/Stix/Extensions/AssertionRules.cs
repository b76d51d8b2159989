using System.Text.Json;

namespace Tocsin.Core.Stix.Extensions;

/// <summary>Rules of Tocsin's assertion extension (docs/stix-extensions.md, "Assertion").</summary>
internal static class AssertionRules
{
    private static readonly string[] _known =
    [
        "extension_type", "asserted_by_ref", "basis", "asserted_at", "report_ref", "source_reliability",
        "information_credibility",
    ];

    public static void Check(ExtensionCheck check)
    {
        if (check.Object.Type != "relationship")
        {
            check.Error(null, "assertion-object-type", $"The assertion extension applies to relationships only, not to '{check.Object.Type}'.");
        }
        else if (check.Object.Root.TryGetProperty("relationship_type", out var type)
                 && type.ValueKind == JsonValueKind.String && type.GetString() != "attributed-to")
        {
            check.Error(null, "assertion-relationship-type", $"The assertion extension applies to 'attributed-to' relationships, not to '{type.GetString()}'.");
        }

        check.RequireExtensionType();
        check.RejectUnknown(_known);
        CheckRef(check, "asserted_by_ref", "identity", required: true, "assertion-asserted-by-ref");
        CheckRef(check, "report_ref", "report", required: false, "assertion-report-ref");
        var basis = check.String("basis");
        if (basis is null || !AssertionBasis.All.Contains(basis))
        {
            check.Error("basis", "assertion-basis", "'basis' is required and must be one of: claim, assessment, accusation.");
        }

        check.Timestamp("asserted_at", "assertion-asserted-at", required: true);
        if (ReadGrade(check) is { } grade)
        {
            CheckConfidence(check, grade);
        }
    }

    private static void CheckRef(ExtensionCheck check, string property, string type, bool required, string rule)
    {
        if (!check.Has(property))
        {
            if (required)
            {
                check.Error(property, rule, $"'{property}' is required.");
            }

            return;
        }

        if (!StixId.TryParse(check.String(property), out var id) || id.Type != type)
        {
            check.Error(property, rule, $"'{property}' must be the id of {(type == "identity" ? "an" : "a")} {type}.");
        }
    }

    private static AdmiraltyGrade? ReadGrade(ExtensionCheck check)
    {
        var reliability = check.String("source_reliability");
        var reliabilityOk = reliability is { Length: 1 } && reliability[0] is >= 'A' and <= 'F';
        if (!reliabilityOk)
        {
            check.Error("source_reliability", "admiralty-source-reliability", "'source_reliability' is required and must be one upper-case letter A to F.");
        }

        int credibility = 0;
        var credibilityOk = check.Value.TryGetProperty("information_credibility", out var c)
            && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out credibility) && credibility is >= 1 and <= 6;
        if (!credibilityOk)
        {
            check.Error("information_credibility", "admiralty-information-credibility", "'information_credibility' is required and must be an integer 1 to 6.");
        }

        return reliabilityOk && credibilityOk ? AdmiraltyGrade.Create(reliability, credibility).Value : null;
    }

    /// <summary>The relationship's own <c>confidence</c> SHOULD be the one the grade gives.</summary>
    private static void CheckConfidence(ExtensionCheck check, AdmiraltyGrade grade)
    {
        var expected = grade.Confidence;
        var present = check.Object.Root.TryGetProperty("confidence", out var c);
        int? actual = present && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
        if (expected is null && present)
        {
            check.Warning(null, "assertion-confidence", $"Grade {grade} gives no confidence; omit 'confidence'.");
        }
        else if (expected is not null && actual != expected)
        {
            check.Warning(null, "assertion-confidence", $"Grade {grade} gives confidence {expected}; the relationship has {(present ? c.GetRawText() : "none")}.");
        }
    }
}
