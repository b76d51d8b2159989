using System.Buffers;
using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Actors;

/// <summary>Groups no list names, found from the way a report introduces them rather than from a role: a
/// group noun then the name ("a paramilitary group called the Wolverine Watchmen", "a Marxist organisation,
/// the Acilciler", "le groupe Ansar Dine"), a name then a group noun ("the Hafiz Gul Bahadur group"), or a
/// name holding a group's head word with its acronym in parentheses ("the Popular Front for the Liberation
/// of the Coast (PFLC)"). Less sure than a group given a role (<see cref="Confidence"/>).</summary>
internal static class IntroducedGroups
{
    public const int Confidence = 55;
    private const int MaxWordsBeforeNoun = 5;

    /// <summary>Nouns that say the name next to them is a group's.</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "group", "organisation", "organization", "outfit", "movement", "faction", "network", "militia", "grouping", "groupe", "mouvement",
        "groupuscule", "reseau", "milice",
    };

    /// <summary>Words between a group noun and its name ("called", "named", "known as", "baptisé").</summary>
    private static readonly KeyPhrases Naming = new(
    [
        "called", "named", "known as", "calling itself", "which calls itself", "dubbed", "styled", "under the name", "appele", "appelee", "denomme", "denommee",
        "nomme", "nommee", "baptise", "baptisee", "se faisant appeler", "qui se fait appeler", "connu sous le nom de", "connue sous le nom de",
    ]);

    /// <summary>Capitalised words that describe a group rather than name it ("the Sunni group").</summary>
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal)
    {
        "islamist", "jihadist", "sunni", "shia", "shiite", "salafist", "salafi", "marxist", "kurdish", "baloch", "islamic", "muslim", "christian", "telegram", "facebook", "whatsapp",
        "the", "a", "an", "this", "that", "le", "la", "les", "un", "une", "ce", "cette", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    };

    private static readonly SearchValues<char> Quotes = SearchValues.Create("\"“”«»'‘’");

    public static List<ActorMention> Find(AnalysedText text, SpanIndex blocked)
    {
        var found = new List<ActorMention>();
        var tokens = text.Tokens;
        var acronyms = DefinedAcronyms(text);
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!GroupNouns.Contains(tokens[t].Key) || UnknownGroupFinder.Capitalised(text, t))
            {
                continue;
            }

            var sentence = text.SentenceAt(tokens[t].Start);
            if (NameAfter(text, t, sentence.LastToken, blocked) is { } after)
            {
                found.Add(after);
            }
            else if (NameBefore(text, t, sentence.FirstToken, blocked) is { } before)
            {
                found.Add(before);
            }
        }

        found.AddRange(WithAcronym(text, blocked));

        // A lone short acronym ("IS", "TAK") is either a list's alias that its context did not confirm or a group
        // the report names in full elsewhere.
        return found.Where(f => !(text.TokenIndexAt(f.Span.End) - f.FirstToken == 1 && tokens[f.FirstToken].IsUpper
            && (tokens[f.FirstToken].Key.Length <= 3 || acronyms.Contains(tokens[f.FirstToken].Key)))).ToList();
    }

    /// <summary>"a group called the Wolverine Watchmen", "an organisation, the Acilciler,", "le groupe Ansar Dine".</summary>
    private static ActorMention? NameAfter(AnalysedText text, int noun, int limit, SpanIndex blocked)
    {
        var tokens = text.Tokens;
        var first = noun + 1;
        var gap = Gap(text, noun).Trim();
        if (first < limit && Naming.MatchAt(tokens, first, limit) is var naming and > 0)
        {
            first += naming;
        }
        else if (gap is "," ? first >= limit || !(tokens[first].IsArticle || Describing.Contains(tokens[first].Key)) : gap.Length > 0 && !IsQuote(gap))
        {
            // Only a space or a quotation mark stands between noun and name, or a comma and an article ("an
            // organisation, the Acilciler"): "the group, Reuters reported" names no group.
            return null;
        }

        while (first < limit && (tokens[first].IsArticle || Describing.Contains(tokens[first].Key) && !UnknownGroupFinder.Capitalised(text, first)))
        {
            first++;
        }

        if (first >= limit || !UnknownGroupFinder.Capitalised(text, first) || Describing.Contains(tokens[first].Key) || CalendarWords.IsMonthKey(tokens[first].Key))
        {
            return null;
        }

        var end = UnknownGroupFinder.NameEnd(text, first, limit);
        return end > first ? Mention(text, UnknownGroupFinder.NameStart(text, first), end, blocked) : null;
    }

    /// <summary>"the Hafiz Gul Bahadur group": capitalised words after "the" and before a group noun; the noun is
    /// part of the name.</summary>
    private static ActorMention? NameBefore(AnalysedText text, int noun, int sentenceStart, SpanIndex blocked)
    {
        var tokens = text.Tokens;
        var first = noun;
        while (first - 1 > sentenceStart && noun - (first - 1) <= MaxWordsBeforeNoun && UnknownGroupFinder.Capitalised(text, first - 1)
               && Gap(text, first - 1).Trim().Length == 0)
        {
            first--;
        }

        if (first == noun || first - 1 < sentenceStart || tokens[first - 1].Key != "the" || Describing.Contains(tokens[first].Key)
            || PartyResolver.IsNationalityAdjective(text, first))
        {
            return null;
        }

        return Mention(text, first, noun + 1, blocked);
    }

    /// <summary>"the Front for the Liberation of the Coast (FLC)": a name with a group's head word, its acronym in
    /// parentheses right after it.</summary>
    private static IEnumerable<ActorMention> WithAcronym(AnalysedText text, SpanIndex blocked)
    {
        var tokens = text.Tokens;
        var groupWords = Lexicon.Instance.GroupWords;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (!tokens[t + 1].IsUpper || tokens[t + 1].End - tokens[t + 1].Start < 2 || !Gap(text, t).Trim().StartsWith('('))
            {
                continue;
            }

            var sentence = text.SentenceAt(tokens[t].Start);
            var first = t;
            while (first - 1 >= sentence.FirstToken && t - first < 10 && (UnknownGroupFinder.Capitalised(text, first - 1) || IsJoiner(tokens[first - 1].Key))
                   && Gap(text, first - 1).Trim().Length == 0)
            {
                first--;
            }

            while (first < t && !UnknownGroupFinder.Capitalised(text, first))
            {
                first++;
            }

            if (first < t && Enumerable.Range(first, t - first + 1).Any(i => groupWords.Contains(tokens[i].Key))
                && !Lexicon.Instance.PersonTitles.Contains(tokens[first].Key) && Mention(text, first, t + 1, blocked) is { } mention)
            {
                yield return mention;
            }
        }
    }

    private static bool IsJoiner(string key) => key is "of" or "for" or "and" or "the" or "de" or "du" or "des" or "la" or "le" or "les" or "pour" or "et" or "l" or "d";

    private static ActorMention? Mention(AnalysedText text, int first, int end, SpanIndex blocked)
    {
        var tokens = text.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        if (blocked.Overlaps(span) || Lexicon.Instance.PersonTitles.Contains(tokens[first].Key) || PartyResolver.IsNationalityAdjective(text, first)
            || UnknownGroupFinder.AllCapitalsLine(text, first, end) || text.SentenceAt(span.Start).FirstToken == first && end - first < 2)
        {
            return null;
        }

        return new ActorMention(text.Text[span.Start..span.End], null, null, span, first, Confidence);
    }

    private static ReadOnlySpan<char> Gap(AnalysedText text, int token) =>
        token + 1 < text.Tokens.Count ? text.Text.AsSpan(text.Tokens[token].End, text.Tokens[token + 1].Start - text.Tokens[token].End) : [];

    /// <summary>A quotation mark, but not a possessive ("the group's Amaq agency").</summary>
    private static bool IsQuote(ReadOnlySpan<char> gap) =>
        gap.Trim().IndexOfAny(Quotes) >= 0 && !gap.StartsWith("'s", StringComparison.Ordinal) && !gap.StartsWith("’s", StringComparison.Ordinal);

    /// <summary>Acronyms the text defines in parentheses after a name ("the Kurdistan Freedom Falcons (TAK)"): that
    /// acronym alone elsewhere is the same group, drafted under its full name.</summary>
    private static HashSet<string> DefinedAcronyms(AnalysedText text)
    {
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t + 1 < text.Tokens.Count; t++)
        {
            if (text.Tokens[t + 1].IsUpper && Gap(text, t).Trim().StartsWith('('))
            {
                acronyms.Add(text.Tokens[t + 1].Key);
            }
        }

        return acronyms;
    }
}
