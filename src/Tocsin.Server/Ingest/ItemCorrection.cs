using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Server.Ingest;

/// <summary>Applies an analyst's corrections to a drafted object, giving the corrected object the accept API takes
/// (<see cref="AcceptRequest.Object"/>): the page and the API then accept through one code path, which validates the
/// result like any write. Only the fields the object has are changed; an actor or an asserter must be one of the
/// choices offered (objects the analyst may read).</summary>
public static class ItemCorrection
{
    /// <summary>What of <paramref name="drafted"/> may be corrected.</summary>
    public static ItemCorrectionShape ShapeOf(StixObject drafted)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        var root = drafted.Root;
        var extensions = root.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        return new ItemCorrectionShape(
            HasName: root.TryGetProperty("name", out _),
            IsIncident: drafted.Type == "incident" && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty(TocsinExtensions.TerrorismIncidentId, out _),
            IsAssertion: drafted.Type == "relationship" && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty(TocsinExtensions.AssertionId, out _));
    }

    /// <summary>The corrected object, or the field refused and why (<c>name-required</c>, <c>not-a-number</c>,
    /// <c>choose-from-list</c>).</summary>
    public static (JsonElement? Corrected, string? Field, string? Problem) Apply(StixObject drafted, ItemCorrectionFields fields,
        IReadOnlySet<string> actors, IReadOnlySet<string> asserters)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        ArgumentNullException.ThrowIfNull(fields);
        var shape = ShapeOf(drafted);
        var json = JsonNode.Parse(drafted.Json.Span)!.AsObject();
        if (shape.HasName && fields.Name is not null)
        {
            if (string.IsNullOrWhiteSpace(fields.Name))
            {
                return (null, "name", "name-required");
            }

            json["name"] = fields.Name.Trim();
        }

        if (fields.Description is not null)
        {
            SetOrRemove(json, "description", fields.Description);
        }

        if (shape.IsIncident)
        {
            var terrorism = json["extensions"]![TocsinExtensions.TerrorismIncidentId]!.AsObject();
            foreach (var (field, value) in new[] { ("killed", fields.Killed), ("injured", fields.Injured) })
            {
                if (value is null)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(value))
                {
                    terrorism.Remove(field);
                }
                else if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    terrorism[field] = count;
                }
                else
                {
                    return (null, field, "not-a-number");
                }
            }
        }

        if (shape.IsAssertion)
        {
            var assertion = json["extensions"]![TocsinExtensions.AssertionId]!.AsObject();
            if (fields.Actor is not null)
            {
                if (!actors.Contains(fields.Actor))
                {
                    return (null, "actor", "choose-from-list");
                }

                json["target_ref"] = fields.Actor;
            }

            if (fields.Asserter is not null)
            {
                if (!asserters.Contains(fields.Asserter))
                {
                    return (null, "asserter", "choose-from-list");
                }

                assertion["asserted_by_ref"] = fields.Asserter;
            }

            if (fields.Basis is not null)
            {
                if (!AssertionBasis.All.Contains(fields.Basis))
                {
                    return (null, "basis", "choose-from-list");
                }

                assertion["basis"] = fields.Basis;
            }
        }

        return (JsonSerializer.SerializeToElement(json), null, null);
    }

    private static void SetOrRemove(JsonObject json, string property, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            json.Remove(property);
        }
        else
        {
            json[property] = value.Trim();
        }
    }
}
