using System.Text.Json;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Resolves roles ("the Russian defence minister", "Iran's interior minister", "les services de
/// renseignement français", "the interior minister") to the state they speak for: the nationality adjective
/// next to the role, else the state named right before it ("Iran's") or after "of"/"de", else the state the
/// report is about (the country of its dateline, else the state named last before the role).</summary>
internal static class PartyResolver
{
    private static readonly Lazy<Dictionary<string, List<(Party Party, bool Capitalised)>>> AdjectiveIndex = new(LoadAdjectives);

    private static readonly HashSet<string> Of = new(StringComparer.Ordinal) { "of", "de", "du", "des" };

    /// <summary>Named states (not in a dateline) and resolved roles, in text order.</summary>
    public static List<AssertionReferent> Referents(AnalysedText text, List<PartyMention> parties, List<TextSpan> taken)
    {
        var referents = new List<AssertionReferent>();
        foreach (var mention in parties)
        {
            if (!text.InDateline(mention.Span))
            {
                var first = text.TokenIndexAt(mention.Span.Start);
                var last = Math.Max(first, text.TokenIndexAt(mention.Span.End) - 1);

                // An office that names one state alone ("le Premier ministre") with another's nationality beside
                // it ("le Premier ministre israélien") is that other state's.
                var other = Adjective(text, last + 1) ?? Adjective(text, first - 1);
                if (other is not null && other != mention.Party && char.IsUpper(text.Text[mention.Span.Start]) && IsOffice(text, first, last))
                {
                    var start = Math.Min(first, AdjectiveIndexBeside(text, first, last));
                    var end = Math.Max(last, AdjectiveIndexBeside(text, first, last));
                    referents.Add(new AssertionReferent(null, other, new TextSpan(text.Tokens[start].Start, text.Tokens[end].End), start, end, 85, true));
                    continue;
                }

                referents.Add(new AssertionReferent(null, mention.Party, mention.Span, first, last, 90, false));
                AddCoordinated(text, referents, first, 90);
            }
        }

        var named = new NamedStates(referents);
        var blocked = new SpanIndex(taken.Concat(referents.Select(r => r.Span)));
        var datelineState = parties.FirstOrDefault(p => text.Datelines.Count > 0 && text.Datelines[0].Overlaps(p.Span))?.Party ?? DatelineState(text);
        var placeState = PlaceState(text);
        foreach (var role in text.Cues.Where(c => c.Class == CueClass.Role))
        {
            if (blocked.Overlaps(role.Span) || text.InDateline(role.Span))
            {
                continue;
            }

            var (party, confidence, first, last) = Resolve(text, role, named, datelineState, placeState);
            if (party is not null)
            {
                var span = new TextSpan(text.Tokens[first].Start, text.Tokens[last].End);
                referents.Add(new AssertionReferent(null, party, span, first, last, confidence, true));
                if (first < role.FirstToken)
                {
                    AddCoordinated(text, referents, first, confidence);
                }
            }
        }

        referents.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return referents;
    }

    private static (Party? Party, int Confidence, int First, int Last) Resolve(AnalysedText text, CueMatch role, NamedStates named, Party? datelineState, Party? placeState)
    {
        var tokens = text.Tokens;
        if (Adjective(text, role.FirstToken - 1) is { } before)
        {
            return (before, 85, role.FirstToken - 1, role.LastToken);
        }

        if (Adjective(text, role.LastToken + 1) is { } after)
        {
            return (after, 85, role.FirstToken, role.LastToken + 1);
        }

        // "the Indonesian National Police chief", "Iraqi Joint Operations Command": the nationality before the
        // capitalised words of an office's proper name.
        if (AdjectiveBeforeName(text, role.FirstToken) is { } office)
        {
            return (office.Party, 85, office.Index, role.LastToken);
        }

        // "Iran's interior minister" / "the interior minister of Iran".
        var possessor = named.EndingAt(role.FirstToken - 1);
        if (possessor is not null)
        {
            return (possessor.Party, 85, possessor.FirstToken, role.LastToken);
        }

        var next = Of.Contains(tokens[role.LastToken].Key) ? role.LastToken : role.LastToken + 1;
        if (next < tokens.Count && Of.Contains(tokens[next].Key))
        {
            var owner = named.StartingAt(next + 1) ?? named.StartingAt(next + 2);
            if (owner is not null)
            {
                return (owner.Party, 85, role.FirstToken, owner.LastToken);
            }

            // "the head of Dagestan": a region's officials speak for the state it belongs to.
            var place = Gazetteers.Places.Match(tokens[(next + 1)..Math.Min(tokens.Count, next + 5)]).FirstOrDefault();
            if (place is not null && place.FirstToken <= 1 && ByCountry(place.Value.Country) is { } state)
            {
                return (state, 75, role.FirstToken, next + 1 + place.LastToken);
            }
        }

        // A bare role speaks for the state the report is about: its dateline's, else the state named last before
        // the role, else the country of the first place the report names ("Istanbul. The prime minister said …").
        var context = datelineState ?? named.LastBefore(role.FirstToken)?.Party ?? placeState ?? named.First?.Party;
        return (context, 60, role.FirstToken, role.LastToken);
    }

    public static bool IsNationalityAdjective(AnalysedText text, int index) => Adjective(text, index) is not null;

    /// <summary>A nationality adjective one or two capitalised words before <paramref name="first"/>, with
    /// nothing but those words between.</summary>
    private static (Party Party, int Index)? AdjectiveBeforeName(AnalysedText text, int first)
    {
        for (var index = first - 2; index >= 0 && index >= first - 3; index--)
        {
            var between = Enumerable.Range(index + 1, first - index - 1).Select(i => text.Tokens[i]).ToList();
            if (between.Any(t => t.IsArticle || !char.IsUpper(text.Text[t.Start])) || text.Text[text.Tokens[index].End..text.Tokens[first].Start].Contains(',', StringComparison.Ordinal))
            {
                return null;
            }

            if (Adjective(text, index) is { } party)
            {
                return (party, index);
            }
        }

        return null;
    }

    /// <summary>"American and British intelligence", "French and German officials": a nationality adjective
    /// joined by "and"/"et"/a comma to the one that starts a mention qualifies its head too, so it names a
    /// state of its own (the mention starts at <paramref name="first"/>).</summary>
    private static void AddCoordinated(AnalysedText text, List<AssertionReferent> referents, int first, int confidence)
    {
        var tokens = text.Tokens;
        var index = first - 1;
        while (index >= 1 && tokens[index].Key is "and" or "et" or "or" && Adjective(text, index - 1) is { } party && Adjective(text, first) is not null)
        {
            var adjective = index - 1;
            referents.Add(new AssertionReferent(null, party, new TextSpan(tokens[adjective].Start, tokens[adjective].End), adjective, adjective, Math.Min(confidence, 85), true));
            index = adjective - 1;
        }
    }

    private static bool IsOffice(AnalysedText text, int first, int last) =>
        Lexicon.Instance.Cues.Match(text.Tokens[first..(last + 1)]).Any(m => m.Value.Class == CueClass.Role && m.FirstToken == 0 && m.LastToken == last - first);

    private static int AdjectiveIndexBeside(AnalysedText text, int first, int last) => Adjective(text, last + 1) is not null ? last + 1 : first - 1;

    private static Party? Adjective(AnalysedText text, int index)
    {
        if (index < 0 || index >= text.Tokens.Count)
        {
            return null;
        }

        var token = text.Tokens[index];
        if (!AdjectiveIndex.Value.TryGetValue(token.Key, out var candidates))
        {
            return null;
        }

        // "US officials" but not "told us": an adjective written with a capital must be one in the text.
        var capital = char.IsUpper(text.Text[token.Start]);
        var match = candidates.FirstOrDefault(c => capital || !c.Capitalised);
        return match.Party;
    }

    private static Party? DatelineState(AnalysedText text)
    {
        if (text.Datelines.Count == 0)
        {
            return null;
        }

        var dateline = text.Datelines[0];
        var place = Gazetteers.Places.Match(text.Tokens).FirstOrDefault(m => dateline.Overlaps(m.Span));
        return ByCountry(place?.Value.Country);
    }

    /// <summary>The state of the first place named in the report with a country, if the parties list it.</summary>
    private static Party? PlaceState(AnalysedText text) =>
        ByCountry(Gazetteers.Places.Match(text.Tokens).FirstOrDefault(m => !text.InDateline(m.Span) && m.Value.Country is not null)?.Value.Country);

    private static Party? ByCountry(string? country) => country is null ? null : Parties().FirstOrDefault(p => p.Country == country);

    private static IEnumerable<Party> Parties() => AdjectiveIndex.Value.Values.SelectMany(v => v).Select(v => v.Party).Distinct();

    private static Dictionary<string, List<(Party, bool)>> LoadAdjectives()
    {
        using var document = JsonDocument.Parse(IngestResources.Read("parties.json"));
        var index = new Dictionary<string, List<(Party, bool)>>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.GetProperty("parties").EnumerateArray())
        {
            var party = new Party(item.GetProperty("name").GetString()!, item.GetProperty("identity").GetString()!, item.GetProperty("country").GetString()!);
            if (!item.TryGetProperty("adjectives", out var adjectives))
            {
                continue;
            }

            foreach (var adjective in adjectives.EnumerateArray().Select(a => a.GetString()!))
            {
                var keys = Tokenizer.Keys(adjective);
                if (keys.Length != 1)
                {
                    continue;
                }

                if (!index.TryGetValue(keys[0], out var list))
                {
                    list = [];
                    index[keys[0]] = list;
                }

                list.Add((party, char.IsUpper(adjective[0])));
            }
        }

        return index;
    }
}
