using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Relationship (<c>relationship</c>, STIX 2.1 §5.1): required properties, the syntax of
/// <c>relationship_type</c>, <c>stop_time</c> later than <c>start_time</c>, and the relationships the
/// specification suggests for the source type (a warning when another is used).</summary>
internal sealed class RelationshipRule() : SchemaTypeRule("relationship", new PropertyTable()
    .Required("relationship_type", PropertyKind.String)
    .Optional("description", PropertyKind.String)
    .Required("source_ref", PropertyKind.Any)
    .Required("target_ref", PropertyKind.Any)
    .Optional("start_time", PropertyKind.Timestamp)
    .Optional("stop_time", PropertyKind.Timestamp))
{
    protected override void CheckCombinations(ValidationContext context)
    {
        // §5.1.2 stop_time: "stop_time MUST be later than the start_time value".
        Combinations.TimeOrder(context, "start_time", "stop_time", strictlyAfter: true, "§5.1.2");
        if (!context.Root.TryGetProperty("relationship_type", out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var relationshipType = typeValue.GetString()!;
        // §5.1.2: "MUST be in ASCII and is limited to characters a–z (lowercase ASCII), 0–9, and hyphen (-)".
        if (relationshipType.Length == 0 || relationshipType.AsSpan().ContainsAnyExcept(AsciiSets.ExtensionName))
        {
            context.ErrorAt("relationship_type", RuleCodes.RelationshipTypeFormat,
                $"'{relationshipType}' is not a relationship type: only a–z, 0–9 and hyphen (§5.1.2).");
            return;
        }

        if (TypeOf(context.Root, "source_ref") is { } source && TypeOf(context.Root, "target_ref") is { } target)
        {
            var problem = RelationshipSuggestions.Check(source, relationshipType, target);
            if (problem is not null)
            {
                context.Path.Push("relationship_type");
                context.Warning(RuleCodes.RelationshipSuggested, problem);
                context.Path.Pop();
            }
        }
    }

    private static string? TypeOf(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && StixId.TryParse(value.GetString(), out var id) ? id.Type : null;
}
