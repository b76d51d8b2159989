using System.Collections.Concurrent;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Places;

/// <summary>The places a person may type to find the level where they are: every territory of a set by name
/// and, for France, every préfecture and every commune of at least 10,000 inhabitants (overseas départements
/// included). Immutable and thread-safe; <see cref="Of"/> builds one per set and keeps it.</summary>
/// <remarks>Matching ignores case, accents, punctuation and a leading article; results rank an exact name
/// first, then a name starting with the query, then a later word of the name starting with it, and within
/// each rank the most populous first (territories, which have no population, after communes). Homonyms stay
/// separate entries, each naming its territory.</remarks>
public sealed class Gazetteer
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaximumQueryLength = 100;

    /// <summary>The most results <see cref="Search"/> returns.</summary>
    public const int MaximumResults = 20;

    private static readonly ConcurrentDictionary<string, Lazy<Gazetteer>> Built = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<Entry> _entries;

    private Gazetteer(IReadOnlyList<Place> places)
    {
        Places = places;
        _entries = [.. places.Select(p => new Entry(p, PlaceName.Key(p.Name)))];
    }

    /// <summary>Every place, territories first, then communes by INSEE code.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>The gazetteer of <paramref name="set"/>, built on first use from its territories and the shipped
    /// commune list (France only).</summary>
    public static Gazetteer Of(TerritorySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Built.GetOrAdd(set.Id, _ => new Lazy<Gazetteer>(() => Build(set))).Value;
    }

    /// <summary>The places matching <paramref name="query"/>, best first, at most <paramref name="limit"/>
    /// (1..<see cref="MaximumResults"/>). Refusals: <c>place-query-empty</c> (no letter or digit),
    /// <c>place-query-too-long</c> (over <see cref="MaximumQueryLength"/> characters). No match is an empty list.</summary>
    public Result<IReadOnlyList<Place>> Search(string query, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaximumResults);
        if (query.Length > MaximumQueryLength)
        {
            return new Error("place-query-too-long", $"A place name has at most {MaximumQueryLength} characters; this one has {query.Length}.");
        }

        var key = PlaceName.Key(query);
        if (key.Length == 0)
        {
            return new Error("place-query-empty", "Give a place name: at least one letter or digit.");
        }

        var matches = _entries
            .Select(e => (e.Place, Rank: RankOf(e.Key, key)))
            .Where(m => m.Rank is not null)
            .OrderBy(m => m.Rank)
            .ThenByDescending(m => m.Place.Population ?? -1)
            .ThenBy(m => m.Place.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Place.TerritoryId, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => m.Place)
            .ToList();
        return matches;
    }

    private static int? RankOf(string name, string query)
    {
        var bare = PlaceName.WithoutArticle(name);
        if (string.Equals(name, query, StringComparison.Ordinal) || string.Equals(bare, query, StringComparison.Ordinal))
        {
            return 0;
        }

        if (name.StartsWith(query, StringComparison.Ordinal) || bare.StartsWith(query, StringComparison.Ordinal))
        {
            return 1;
        }

        return name.Contains(" " + query, StringComparison.Ordinal) ? 2 : null;
    }

    private static Gazetteer Build(TerritorySet set)
    {
        var places = set.Territories.Select(t => new Place(t.Name, PlaceKind.Territory, t.Id, t.Name, null, null, null, null)).ToList();
        if (string.Equals(set.Id, "FRA", StringComparison.Ordinal))
        {
            foreach (var row in CommuneFile.Read())
            {
                var territory = set.Find($"FRA-D{row.Departement}")
                    ?? throw new InvalidDataException($"Commune {row.Insee} names département '{row.Departement}', which the territory set lacks.");
                places.Add(new Place(row.Name, row.Prefecture ? PlaceKind.Prefecture : PlaceKind.Commune, territory.Id, territory.Name, row.Insee,
                    row.Population, row.Latitude, row.Longitude));
            }
        }

        return new Gazetteer(places);
    }

    private sealed record Entry(Place Place, string Key);
}
