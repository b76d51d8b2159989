using System.Buffers;
using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Actors;

/// <summary>Finds groups that no designation list names, when a claim, accusation or assessment gives them
/// that role in their clause: a quoted name ("'Brigade of the Northern Dawn' claimed responsibility") or a
/// capitalised name with a group's head word (Brigade, Front, Movement, Katiba, Mouvement, …). They are
/// drafted as new actors with a lower confidence. Names that start with a person's title, states and places
/// are not groups.</summary>
internal static class UnknownGroupFinder
{
    public const int Confidence = 60;
    private const int MaxWords = 8;

    private static readonly SearchValues<char> NameBreaks = SearchValues.Create(",;:.()\"“”«»");

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "for", "and", "de", "du", "des", "la", "le", "les", "pour", "et", "in", "en" };

    public static List<ActorMention> Find(AnalysedText text, List<ActorMention> known)
    {
        var blockedIndex = Blocked(text, known);
        var found = InRoleClauses(text, blockedIndex);
        var named = new SpanIndex(found.Select(f => f.Span));
        found.AddRange(IntroducedGroups.Find(text, blockedIndex).Where(g => !named.Overlaps(g.Span)));
        return found;
    }

    /// <summary>Spans no new group may overlap: states and places, roles, the organisations already found,
    /// datelines.</summary>
    private static SpanIndex Blocked(AnalysedText text, List<ActorMention> known)
    {
        var blocked = Gazetteers.Parties.Match(text.Tokens).Select(m => m.Span)
            .Concat(Gazetteers.Places.Match(text.Tokens).Select(m => m.Span))
            .Concat(text.Cues.Where(c => c.Class is CueClass.Role).Select(c => c.Span))
            .Concat(known.Select(k => k.Span))
            .Concat(text.Datelines);
        return new SpanIndex(blocked);
    }

    private static List<ActorMention> InRoleClauses(AnalysedText text, SpanIndex blockedIndex)
    {
        var roleClauses = text.Cues.Where(c => c.Class is CueClass.Claim or CueClass.Accuse or CueClass.Assess)
            .Select(c => text.ClauseAt(c.FirstToken)).ToHashSet();
        var found = new List<ActorMention>();
        foreach (var clause in roleClauses.OrderBy(c => c.FirstToken))
        {
            var t = clause.FirstToken;
            while (t < clause.LastToken)
            {
                var end = NameEnd(text, t, clause.LastToken);
                if (end > t && IsGroupName(text, t, end, blockedIndex))
                {
                    var span = new TextSpan(text.Tokens[NameStart(text, t)].Start, text.Tokens[end - 1].End);
                    var name = text.Text[span.Start..span.End];
                    found.Add(new ActorMention(name, null, null, span, t, Confidence));
                    t = end;
                    continue;
                }

                t = Math.Max(t + 1, end);
            }
        }

        return found;
    }

    /// <summary>The end (exclusive) of the run of capitalised words, joined by "of", "de", … that starts at
    /// <paramref name="start"/>; <paramref name="start"/> itself when it is not capitalised.</summary>
    public static int NameEnd(AnalysedText text, int start, int limit)
    {
        var tokens = text.Tokens;
        if (!Capitalised(text, start) || tokens[start].IsArticle)
        {
            return start;
        }

        var end = start + 1;
        while (end < limit && end - start < MaxWords)
        {
            var gap = text.Text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End);
            if (gap.IndexOfAny(NameBreaks) >= 0)
            {
                break;
            }

            if (Capitalised(text, end))
            {
                end++;
                continue;
            }

            var lower = end;
            // "Mojahedin-e Khalq", "Jamaat-ul-Mujahideen": a particle joined by hyphens stays in the name.
            while (lower < limit && (Joiners.Contains(tokens[lower].Key) || tokens[lower].IsArticle || tokens[lower].AfterHyphen) && !Capitalised(text, lower))
            {
                lower++;
            }

            if (lower == end || lower >= limit || !Capitalised(text, lower))
            {
                break;
            }

            end = lower + 1;
        }

        return end;
    }

    private static bool IsGroupName(AnalysedText text, int start, int end, SpanIndex blocked)
    {
        var tokens = text.Tokens;
        var lexicon = Lexicon.Instance;
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        if (end - start < 2 || (blocked.Overlaps(span) && !PlaceAfterHead(text, start, end, blocked)))
        {
            return false;
        }

        // "General Ahmed Front" or "Sheikh ... Brigade": a person, whatever words the name holds.
        if (lexicon.PersonTitles.Contains(tokens[start].Key) || (start > 0 && lexicon.PersonTitles.Contains(tokens[start - 1].Key)))
        {
            return false;
        }

        // "the Nigerian Army", "the Afghan Taliban government": a state's own forces, not a new group.
        if (PartyResolver.IsNationalityAdjective(text, start))
        {
            return false;
        }

        // A sentence's first word is capitalised anyway; a name starting there needs a head word after it.
        var heads = Enumerable.Range(start, end - start).Count(i => lexicon.GroupWords.Contains(tokens[i].Key));
        return heads > 0 && !AllCapitalsLine(text, start, end);
    }

    /// <summary>"the Holy Warriors of Egypt", "the Liberation Front of Sinai": a state or place after "of" ends a
    /// name whose words before it are free and hold a group's head word; the place does not make it a place.</summary>
    private static bool PlaceAfterHead(AnalysedText text, int start, int end, SpanIndex blocked)
    {
        var tokens = text.Tokens;
        for (var j = start + 2; j < end; j++)
        {
            if (!Joiners.Contains(tokens[j].Key))
            {
                continue;
            }

            var head = new TextSpan(tokens[start].Start, tokens[j - 1].End);
            return !blocked.Overlaps(head) && Enumerable.Range(start, j - start).Any(i => Lexicon.Instance.GroupWords.Contains(tokens[i].Key));
        }

        return false;
    }

    /// <summary>"in the name of The Resistance Front": a capitalised "The" after a lower-case word of the same
    /// clause belongs to the name.</summary>
    public static int NameStart(AnalysedText text, int first)
    {
        var tokens = text.Tokens;
        var before = first - 1;
        if (before < 1 || tokens[before].Key != "the" || !char.IsUpper(text.Text[tokens[before].Start]))
        {
            return first;
        }

        var previous = tokens[before - 1];
        var gap = text.Text.AsSpan(previous.End, tokens[before].Start - previous.End);
        return gap.IsWhiteSpace() && char.IsLower(text.Text[previous.Start]) ? before : first;
    }

    public static bool Capitalised(AnalysedText text, int index)
    {
        var token = text.Tokens[index];
        return char.IsUpper(text.Text[token.Start]) && !token.IsUpper || (token.IsUpper && token.End - token.Start > 1 && token.End - token.Start <= 6);
    }

    /// <summary>A headline in capitals says nothing about names.</summary>
    public static bool AllCapitalsLine(AnalysedText text, int start, int end)
    {
        var sentence = text.SentenceAt(text.Tokens[start].Start);
        var upper = 0;
        for (var i = sentence.FirstToken; i < sentence.LastToken; i++)
        {
            upper += text.Tokens[i].IsUpper ? 1 : 0;
        }

        return sentence.TokenCount > 3 && upper * 2 > sentence.TokenCount && end - start < sentence.TokenCount;
    }
}
