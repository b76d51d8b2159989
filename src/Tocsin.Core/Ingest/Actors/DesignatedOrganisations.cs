using System.Text.Json;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Actors;

/// <summary>The shipped list of designated organisations, compiled once into a phrase matcher.</summary>
/// <remarks>An alias shared by two organisations goes to the one where it ranks higher (primary name, then
/// supplement, then list alias); on a tie it is dropped, as it cannot tell them apart. Aliases with no letter
/// (e.g. "764") and single common words are never matched. docs/ingest.md, "Actor list".</remarks>
internal sealed class DesignatedOrganisations
{
    private static readonly Lazy<DesignatedOrganisations> Shipped = new(() => Load(IngestResources.Read("designated-organisations.json")));

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "youth", "base", "islam", "jihad", "hayat", "sepah", "tawhid", "martyrs", "brigade", "brigades", "army", "front", "movement", "group", "party",
        "combat", "canada", "supporters", "helpers", "partisans", "defenders",

        // Given names that a list keeps as an alias ("Muhammed" for Jaish-e-Mohammed): a person, not a group.
        "muhammed", "mohammed", "muhammad", "mohammad", "mohamed",
    };

    private DesignatedOrganisations(IReadOnlyList<DesignatedOrganisation> organisations, PhraseMatcher<AliasEntry> matcher)
    {
        Organisations = organisations;
        Matcher = matcher;
        ByKey = organisations.ToDictionary(o => o.Key, StringComparer.Ordinal);
        NameKeys = organisations.ToDictionary(
            o => o.Key,
            o => (IReadOnlySet<string>)o.AllNames().Select(n => string.Join(' ', Tokenizer.Keys(n))).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public static DesignatedOrganisations Instance => Shipped.Value;

    public IReadOnlyList<DesignatedOrganisation> Organisations { get; }

    public IReadOnlyDictionary<string, DesignatedOrganisation> ByKey { get; }

    public PhraseMatcher<AliasEntry> Matcher { get; }

    /// <summary>Every name and alias of each organisation as a joined key string, for linking to known actors.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> NameKeys { get; }

    public static DesignatedOrganisations Load(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var organisations = new List<DesignatedOrganisation>();
        foreach (var item in document.RootElement.GetProperty("organisations").EnumerateArray())
        {
            organisations.Add(new DesignatedOrganisation(
                item.GetProperty("id").GetString()!,
                item.GetProperty("name").GetString()!,
                item.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
                Strings(item, "aliases"),
                Strings(item, "supplement_aliases"),
                Strings(item, "contextual_aliases"),
                Strings(item, "sources")));
        }

        return new DesignatedOrganisations(organisations, Compile(organisations));
    }

    private static PhraseMatcher<AliasEntry> Compile(List<DesignatedOrganisation> organisations)
    {
        var best = new Dictionary<string, (string[] Keys, AliasEntry Entry, bool Tied)>(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            Offer(best, organisation, organisation.Name, 3, contextual: false);
            foreach (var alias in organisation.SupplementAliases)
            {
                Offer(best, organisation, alias, 2, contextual: false);
            }

            foreach (var alias in organisation.ContextualAliases)
            {
                Offer(best, organisation, alias, 2, contextual: true);
            }

            foreach (var alias in organisation.Aliases)
            {
                Offer(best, organisation, alias, 1, contextual: false);
            }
        }

        var matcher = new PhraseMatcher<AliasEntry>();
        foreach (var (keys, entry, tied) in best.Values)
        {
            if (!tied)
            {
                matcher.Add(keys, entry);
            }
        }

        return matcher;
    }

    private static void Offer(Dictionary<string, (string[] Keys, AliasEntry Entry, bool Tied)> best, DesignatedOrganisation organisation, string alias, int priority, bool contextual)
    {
        var keys = Tokenizer.Keys(alias);
        if (keys.Length == 0 || !alias.Any(char.IsLetter) || (keys.Length == 1 && CommonWords.Contains(keys[0])))
        {
            return;
        }

        var rule = RuleOf(alias, keys, contextual, priority);
        var entry = new AliasEntry(organisation, alias, rule, priority);
        var id = string.Join(' ', keys);
        if (!best.TryGetValue(id, out var current))
        {
            best[id] = (keys, entry, false);
        }
        else if (ReferenceEquals(current.Entry.Organisation, organisation))
        {
            // Same organisation: keep the most permissive rule (e.g. "Hamas" over "HAMAS").
            if (rule < current.Entry.Rule)
            {
                best[id] = (keys, entry with { Priority = Math.Max(priority, current.Entry.Priority) }, current.Tied);
            }
        }
        else if (priority > current.Entry.Priority)
        {
            best[id] = (keys, entry, false);
        }
        else if (priority == current.Entry.Priority)
        {
            best[id] = (current.Keys, current.Entry, true);
        }
    }

    private static AliasRule RuleOf(string alias, string[] keys, bool contextual, int priority)
    {
        if (contextual)
        {
            return AliasRule.InContext;
        }

        var letters = alias.Count(char.IsLetter);
        var upper = alias.Where(char.IsLetter).All(char.IsUpper);

        // Mixed-case short acronyms from the lists ("HaS", "HuM") read as words ("has", "hum").
        if (!upper && keys.Length == 1 && letters <= 4 && alias.Skip(1).Any(char.IsUpper) && priority < 2)
        {
            return AliasRule.InContext;
        }

        if (!upper || letters > 6 || (keys.Length > 1 && letters > 5 && !alias.Contains('-', StringComparison.Ordinal)))
        {
            return AliasRule.AnyCase;
        }

        // Short acronyms from the public lists (ANO, IG, CDG-like collisions) need context;
        // those the supplement vouches for (HTS, PKK) only need to be upper case.
        return keys.Length == 1 && letters <= 3 && priority < 2 ? AliasRule.InContext : AliasRule.UpperCase;
    }

    private static string[] Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(e => e.GetString()!)] : [];
}
