using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds quotations in “…”, "…" or « … » of at least four words with their speaker
/// (docs/ingest.md, "Quotes"): <c>"…," said X</c>, <c>X said: "…"</c>, <c>« … », a déclaré X</c>. A quotation
/// with no speaker found is not drafted.</summary>
internal static class QuoteExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const string Verbs = @"said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|added|declared|stated|wrote|warned|insisted|explained|a\s+déclaré|a\s+affirmé|a\s+dit|a\s+ajouté|a\s+assuré|a\s+indiqué|a\s+souligné|a\s+estimé|a\s+expliqué|a\s+averti|a\s+martelé|déclare|affirme|estime|selon";

    private static readonly Regex Quoted = new(@"“(?<q>[^”]{8,600})”|""(?<q>[^""]{8,600})""|«\s*(?<q>[^»]{8,600}?)\s*»", Options, Timeout);
    private static readonly Regex SpeakerAfter = new($@"^\s*,?\s*(?:{Verbs})\s+(?<s>[^,.;:""“«]{{2,90}}?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|during|after|before|upon|as|while|lors|après|dans|à|au|who|qui|when)\b))", Options | RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex SpeakerAfterInverted = new(@"^\s*,?\s*(?<s>(?:an?\s+|the\s+)?[A-Z][^,.;:""“«]{2,90}?)\s+(?:said|says|added|told\s+\w+|wrote)\b", Options, Timeout);
    private static readonly Regex SpeakerBefore = new($@"(?<s>[A-Z][^,.;:""“«]{{2,90}}?)\s+(?:{Verbs})\s*(?:that\s+|que\s+)?[:,]?\s*$", Options, Timeout);

    public static List<QuoteFinding> Find(AnalysedText text)
    {
        var s = text.Text;
        var quotes = new List<QuoteFinding>();
        foreach (Match m in Quoted.Matches(s))
        {
            var q = m.Groups["q"];
            if (q.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
            {
                continue;
            }

            var end = m.Index + m.Length;
            var tail = s[end..Math.Min(s.Length, end + 140)];
            var sentence = text.SentenceAt(m.Index);
            var headStart = Math.Max(sentence.Start, m.Index - 140);
            var head = s[headStart..m.Index];
            var quoteSpan = new TextSpan(q.Index, q.Index + q.Length);
            if (SpeakerAfter.Match(tail) is { Success: true } after)
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

    private static QuoteFinding Make(string quote, string speaker, TextSpan quoteSpan, int speakerStart, int confidence)
    {
        var trimmed = speaker.TrimEnd();
        var lead = trimmed.Length - trimmed.TrimStart().Length;
        trimmed = trimmed.Trim();
        var start = speakerStart + lead;
        return new QuoteFinding(quote.Trim(), trimmed, quoteSpan, new TextSpan(start, start + trimmed.Length), confidence);
    }
}
