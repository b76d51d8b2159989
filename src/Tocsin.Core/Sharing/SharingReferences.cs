using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>The references the reference rule follows (docs/sharing.md, rule 8): what an object is
/// <em>about</em>, as opposed to who made it or how it is marked.</summary>
/// <remarks>Followed: <c>source_ref</c> and <c>target_ref</c> of relationships; <c>sighting_of_ref</c>,
/// <c>observed_data_refs</c> and <c>where_sighted_refs</c> of sightings; <c>object_refs</c> of reports,
/// groupings, notes, opinions and observed-data. Not followed: <c>created_by_ref</c>, marking references,
/// references inside extensions and SCO references.</remarks>
public static class SharingReferences
{
    /// <summary>The ids <paramref name="stixObject"/> refers to under the reference rule (possibly repeated).</summary>
    public static IEnumerable<string> Of(StixObject stixObject)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        return stixObject.Type switch
        {
            "relationship" => Read(stixObject.Root, "source_ref", "target_ref"),
            "sighting" => Read(stixObject.Root, "sighting_of_ref", "observed_data_refs", "where_sighted_refs"),
            "report" or "grouping" or "note" or "opinion" or "observed-data" => Read(stixObject.Root, "object_refs"),
            _ => [],
        };
    }

    private static List<string> Read(JsonElement root, params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                ids.Add(value.GetString()!);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        ids.Add(item.GetString()!);
                    }
                }
            }
        }

        return ids;
    }
}
