using System.Text.Json;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The shipped place and party gazetteers, compiled once into phrase matchers.</summary>
internal static class Gazetteers
{
    private static readonly Lazy<PhraseMatcher<Place>> PlaceMatcher = new(LoadPlaces);
    private static readonly Lazy<PhraseMatcher<Party>> PartyMatcher = new(LoadParties);

    public static PhraseMatcher<Place> Places => PlaceMatcher.Value;

    public static PhraseMatcher<Party> Parties => PartyMatcher.Value;

    private static PhraseMatcher<Place> LoadPlaces()
    {
        using var document = JsonDocument.Parse(IngestResources.Read("places.json"));
        var matcher = new PhraseMatcher<Place>();
        foreach (var item in document.RootElement.GetProperty("places").EnumerateArray())
        {
            var place = new Place(
                item.GetProperty("name").GetString()!,
                item.GetProperty("kind").GetString()!,
                Optional(item, "country"),
                Optional(item, "region"),
                Optional(item, "city"),
                Optional(item, "admin"));
            foreach (var name in Names(item))
            {
                matcher.Add(Tokenizer.Keys(name), place);
            }
        }

        return matcher;
    }

    private static PhraseMatcher<Party> LoadParties()
    {
        using var document = JsonDocument.Parse(IngestResources.Read("parties.json"));
        var matcher = new PhraseMatcher<Party>();
        foreach (var item in document.RootElement.GetProperty("parties").EnumerateArray())
        {
            var party = new Party(item.GetProperty("name").GetString()!, item.GetProperty("identity").GetString()!, item.GetProperty("country").GetString()!);
            foreach (var name in Names(item))
            {
                matcher.Add(Tokenizer.Keys(name), party);
            }
        }

        return matcher;
    }

    private static IEnumerable<string> Names(JsonElement item) =>
        item.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(item.GetProperty("name").GetString()!).Distinct(StringComparer.Ordinal);

    private static string? Optional(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;
}
