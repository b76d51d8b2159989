using System.Globalization;
using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Reads a draft as gold files write it: the values of every scored field.</summary>
public static class DraftedValues
{
    /// <summary>Every value of <paramref name="draft"/>, field by field; an incident gives its outcome, its
    /// figures and its <c>date|place|killed|injured|outcome</c> line.</summary>
    public static IReadOnlyList<DraftedValue> Of(DraftBundle draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var places = IncidentPlaces(draft);
        var values = new List<DraftedValue>();
        foreach (var item in draft.Items)
        {
            switch (item.Field)
            {
                case DraftField.Actor: values.Add(new("actors", item.Label, item)); break;
                case DraftField.Claim: values.Add(new("claims", item.Label, item)); break;
                case DraftField.Attribution: values.Add(new("attributions", item.Label, item)); break;
                case DraftField.LevelChange: values.Add(new("level_changes", item.Label, item)); break;
                case DraftField.Location: values.Add(new("locations", item.Label, item)); break;
                case DraftField.Quote: values.Add(new("quotes", item.Label, item)); break;
                case DraftField.Incident: values.AddRange(Incident(item, places.GetValueOrDefault(item.Id, string.Empty))); break;
                case DraftField.Report:
                case DraftField.Source:
                case DraftField.Party:
                case DraftField.Link:
                    break;
            }
        }

        values.AddRange(draft.Dates.Select(d => new DraftedValue("dates", d.Value, null)));
        return values;
    }

    /// <summary>The outcome as gold files name it, from the Incident Core determination.</summary>
    public static string OutcomeName(string? determination) => determination switch
    {
        "successful-attempt" => "completed",
        "failed-attempt" => "attempted",
        "blocked" => "foiled",
        _ => "unknown",
    };

    private static IEnumerable<DraftedValue> Incident(DraftItem item, string place)
    {
        if (item.Object is null)
        {
            yield break;
        }

        var extensions = item.Object.Root.GetProperty("extensions");
        var outcome = OutcomeName(extensions.GetProperty(TocsinExtensions.OasisIncidentCoreId).GetProperty("determination").GetString());
        var terrorism = extensions.GetProperty(TocsinExtensions.TerrorismIncidentId);
        var killed = Figure(terrorism, "killed");
        var injured = Figure(terrorism, "injured");
        yield return new DraftedValue("outcome", outcome, item);
        if (killed.Length > 0)
        {
            yield return new DraftedValue("killed", killed, item);
        }

        if (injured.Length > 0)
        {
            yield return new DraftedValue("injured", injured, item);
        }

        var date = item.Object.Root.TryGetProperty("first_seen", out var seen) && seen.GetString() is { Length: >= 10 } s ? s[..10] : string.Empty;
        yield return new DraftedValue("incidents", string.Join('|', date, place, killed, injured, outcome), item);
    }

    private static string Figure(JsonElement terrorism, string property) =>
        terrorism.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt32().ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    /// <summary>For each incident, the place of its first <c>located-at</c> link.</summary>
    private static Dictionary<string, string> IncidentPlaces(DraftBundle draft)
    {
        var locations = draft.Items.Where(i => i.Field == DraftField.Location).ToDictionary(i => i.Id, i => i.Label, StringComparer.Ordinal);
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in draft.Items.Where(i => i.Field == DraftField.Link && i.Object is not null))
        {
            var root = link.Object!.Root;
            if (root.GetProperty("source_ref").GetString() is { } incident && root.GetProperty("target_ref").GetString() is { } target
                && locations.TryGetValue(target, out var place))
            {
                places.TryAdd(incident, place);
            }
        }

        return places;
    }
}
