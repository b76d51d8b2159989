using System.Text.Json;
using Tocsin.Core.Stix.Patterning;
using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Indicator (<c>indicator</c>, STIX 2.1 §4.7): its properties, <c>valid_until</c> later than
/// <c>valid_from</c>, and a <c>stix</c> pattern that parses (§9). Patterns of other types are opaque text.</summary>
internal sealed class IndicatorRule() : SchemaTypeRule("indicator", new PropertyTable()
    .Optional("name", PropertyKind.String)
    .Optional("description", PropertyKind.String)
    .Optional("indicator_types", PropertyKind.VocabularyList, StixVocabularies.IndicatorType)
    .Required("pattern", PropertyKind.String)
    .Required("pattern_type", PropertyKind.Vocabulary, StixVocabularies.PatternType)
    .Optional("pattern_version", PropertyKind.String)
    .Required("valid_from", PropertyKind.Timestamp)
    .Optional("valid_until", PropertyKind.Timestamp)
    .Optional("kill_chain_phases", PropertyKind.KillChainPhases))
{
    protected override void CheckCombinations(ValidationContext context)
    {
        // §4.7 valid_until: "If the valid_until property is present, it MUST be greater than valid_from".
        Combinations.TimeOrder(context, "valid_from", "valid_until", strictlyAfter: true, "§4.7");
        if (context.Root.TryGetProperty("pattern_type", out var patternType) && JsonText.Is(patternType, "stix"u8)
            && context.Root.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String)
        {
            var result = StixPatternParser.Parse(pattern.GetString()!);
            if (!result.IsSuccess)
            {
                context.ErrorAt("pattern", RuleCodes.PatternSyntax, $"The STIX pattern is malformed {result.Error} (§9).");
            }
            else
            {
                PatternPaths.Check(context, result.Pattern);
            }
        }
    }
}
