using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds quotations in “…”, "…" or « … » with their speaker (docs/ingest.md, "Quotes"): <c>"…," said
/// X</c>, <c>"…," police spokesman X said</c>, <c>X said: "…"</c>, <c>« … », a déclaré X</c>; <c>"…," he said</c>
/// speaks for the person who spoke last in the three sentences before; a few words quoted inside a sentence
/// ("X described Pakistan as a "terrorist state"") are its named subject's. A quotation with no speaker found is
/// not drafted.</summary>
internal static class QuoteExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const string Verbs = @"said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|added|declared|stated|wrote|warned|insisted|explained|a\s+déclaré|a\s+affirmé|a\s+dit|a\s+ajouté|a\s+assuré|a\s+indiqué|a\s+souligné|a\s+estimé|a\s+expliqué|a\s+averti|a\s+martelé|déclare|affirme|estime|selon";

    private const int MinWords = 4;
    private const int MaxSentencesBack = 3;
    private const int MaxSubjectReach = 300;
    private const RegexOptions Linear = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string SpeechVerbs = @"said|says|told|added|declared|stated|wrote|warned|insisted|vowed|described|called|denounced|condemned|promised|saying|a\s+déclaré|a\s+dénoncé|a\s+affirmé|a\s+dit|a\s+ajouté|a\s+qualifié|a\s+promis|a\s+assuré|a\s+estimé|a\s+condamné";
    private const string Capitalised = @"[A-ZÀ-Ý][\w'’.-]*";
    private const string Name = @"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|du|al|bin|van|von))*";

    private static readonly Regex Pronoun = new(@"^\s*,?\s*(?:(?:he|she)\s+(?:said|says|added|insisted|told\s+\w+|wrote|warned|declared)|(?:said|added)\s+(?:he|she)\b|(?:a-t-il|a-t-elle)\s+\w+|(?:il|elle)\s+a\s+\w+)\b", Linear, Timeout);
    private static readonly Regex NamedSpeaker = new($@"(?<s>{Name}\s+[A-ZÀ-Ý][\w'’-]+)\s+(?:{SpeechVerbs})\b", Linear, Timeout);
    private static readonly Regex SubjectBeforeVerb = new($@"(?:^\s*|,\s*(?:with\s+|avec\s+)?|\b(?:[Pp]resident|[Pp]résident|[Mm]inister|[Ss]ecretary|[Gg]overnor)\s+)(?<s>{Capitalised}(?:\s+(?:de|du|al|bin|van|von))?\s+{Name}|{Name}\s+(?:president|prime\s+minister|minister|spokesman|spokeswoman|spokesperson|leader|chief))\s+(?:(?:had|has|have|also|already|later|then|went\s+further\s+and)\s+)*(?:{SpeechVerbs})\b[^""“«]*$", Linear, Timeout);

    private static readonly Regex Quoted = new(@"“(?<q>[^”]{8,600})”|""(?<q>[^""]{8,600})""|«\s*(?<q>[^»]{8,600}?)\s*»", Options, Timeout);
    private static readonly Regex SpeakerAfter = new($@"^\s*,?\s*(?:{Verbs})\s+(?<s>[^,.;:""“«]{{2,90}}?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|during|after|before|upon|as|while|lors|après|dans|à|au|who|qui|when)\b))", Options | RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex SpeakerAfterInverted = new(@"^\s*,?\s*(?<s>(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}[A-Z][^,.;:""“«]{2,90}?|an?\s+(?:senior\s+|police\s+|security\s+|government\s+)?(?:officer|official|spokesman|spokeswoman|spokesperson|witness|diplomat))\s+(?:said|says|added|told\s+\w+|wrote)\b", Options, Timeout);
    private static readonly Regex SpeakerBefore = new($@"(?<s>[A-Z][^,.;:""“«]{{2,90}}?)\s+(?:{Verbs})\s*(?:that\s+|que\s+)?[:,]?\s*$", Options, Timeout);

    public static List<QuoteFinding> Find(AnalysedText text)
    {
        var s = text.Text;
        var quotes = new List<QuoteFinding>();
        foreach (Match m in Quoted.Matches(s))
        {
            var q = m.Groups["q"];
            var words = q.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var end = m.Index + m.Length;
            var tail = s[end..Math.Min(s.Length, end + 140)];
            var sentence = text.SentenceAt(m.Index);
            var headStart = Math.Max(sentence.Start, m.Index - 140);
            var head = s[headStart..m.Index];
            var quoteSpan = new TextSpan(q.Index, q.Index + q.Length);
            if (words < MinWords)
            {
                // A few words quoted inside a sentence ("described Pakistan as a "terrorist state"") are the
                // words of the sentence's named subject, when it has one; a word in quotes alone is not a quote.
                if (SubjectSpeaker(s, sentence.Start, m.Index) is { } subject)
                {
                    quotes.Add(Make(q.Value, subject.Value, quoteSpan, subject.Index, 60));
                }

                continue;
            }

            if (Pronoun.Match(tail) is { Success: true } pronoun)
            {
                // "…," he said: the person who spoke last before, in the three sentences before the quote.
                if (LastSpeaker(text, quotes, m.Index) is { } previous)
                {
                    quotes.Add(new QuoteFinding(q.Value.Trim(), previous.Speaker, quoteSpan, previous.SpeakerSpan, 60));
                }
            }
            else if (SpeakerAfter.Match(tail) is { Success: true } after)
            {
                var g = after.Groups["s"];
                quotes.Add(Make(q.Value, g.Value, quoteSpan, end + g.Index, 70));
            }
            else if (SpeakerAfterInverted.Match(tail) is { Success: true } inverted)
            {
                var g = inverted.Groups["s"];
                quotes.Add(Make(q.Value, g.Value, quoteSpan, end + g.Index, 65));
            }
            else if (SpeakerBefore.Match(head) is { Success: true } before)
            {
                var g = before.Groups["s"];
                quotes.Add(Make(q.Value, g.Value, quoteSpan, headStart + g.Index, 65));
            }
        }

        return quotes;
    }

    /// <summary>The speaker a pronoun stands for: the last quote's speaker in the three sentences before, else
    /// the last capitalised name that said something there ("Interior Minister Gerhard Karner said …").</summary>
    private static QuoteFinding? LastSpeaker(AnalysedText text, List<QuoteFinding> quotes, int offset)
    {
        var sentence = text.SentenceIndexAt(offset);
        var from = text.Sentences[Math.Max(0, sentence - MaxSentencesBack)].Start;
        var named = NamedSpeaker.Matches(text.Text[from..offset]).LastOrDefault();
        var quoted = quotes.LastOrDefault(q => q.SpeakerSpan.Start >= from);
        if (named is null || (quoted is not null && quoted.SpeakerSpan.Start > from + named.Index))
        {
            return quoted;
        }

        var g = named.Groups["s"];
        return new QuoteFinding("", g.Value, default, new TextSpan(from + g.Index, from + g.Index + g.Length), 60);
    }

    /// <summary>The capitalised name right before the sentence's speech verb that precedes the quote ("Home
    /// Minister Rajnath Singh went further and described …", "Whitmer said …", "Le président François Hollande a
    /// dénoncé …").</summary>
    private static ShiftedGroup? SubjectSpeaker(string s, int sentenceStart, int quoteStart)
    {
        if (quoteStart - sentenceStart > MaxSubjectReach)
        {
            return null;
        }

        var subject = SubjectBeforeVerb.Match(s[sentenceStart..quoteStart]);
        var g = subject.Groups["s"];
        return subject.Success ? new ShiftedGroup(g.Value, g.Index + sentenceStart) : null;
    }

    private static QuoteFinding Make(string quote, string speaker, TextSpan quoteSpan, int speakerStart, int confidence)
    {
        var trimmed = speaker.TrimEnd();
        var lead = trimmed.Length - trimmed.TrimStart().Length;
        trimmed = trimmed.Trim();
        var start = speakerStart + lead;
        return new QuoteFinding(quote.Trim(), trimmed, quoteSpan, new TextSpan(start, start + trimmed.Length), confidence);
    }

    /// <summary>A match group moved to offsets of the whole text.</summary>
    private sealed record ShiftedGroup(string Value, int Index);
}
