using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds threat-level changes (docs/ingest.md, "Threat levels"): a sentence naming a scheme (or
/// following one that did) with a raise or lower verb and the new level ("to severe", "au niveau urgence
/// attentat", "to its highest level"). "from X to Y" gives the level before. The date is a day-precise date
/// in the sentence, else the publication date.</summary>
internal static class LevelChangeExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly Regex Change = new(
        @"\b(?:rais(?:ed|es|ing)|lift(?:ed|s)|increas(?:ed|es)|elevat(?:ed|es)|upgrad(?:ed|es)|heightened|lower(?:ed|s|ing)|reduc(?:ed|es)|downgrad(?:ed|es)|cut|returned|moved|went\s+up|dropped|relev(?:é|e|er|ée)|rehauss(?:é|e|er|ée)|élev(?:é|e|er|ée)|port(?:é|e|er|ée)|pass(?:é|e|er|ée)|abaiss(?:é|e|er|ée)|baiss(?:é|e|er|ée)|ramen(?:é|e|er|ée)|redescend\w*|remont(?:é|e|er|ée)|placée?)\b",
        Options, Timeout);

    private static readonly Regex Lowering = new(@"\b(?:lower|reduc|downgrad|cut|dropped|abaiss|baiss|ramen|redescend)", Options, Timeout);
    private static readonly Regex FromTo = new(@"\bfrom\s+(?<from>[^.;,]{1,60}?)\s+to\s+(?<to>[^.;,]{1,60})|\b(?:de|du)\s+(?:l'|la\s+|le\s+|son\s+)?(?:niveau\s+)?(?<from>[^.;,]{1,60}?)\s+(?:à|au\s+niveau)\s+(?<to>[^.;,]{1,60})", Options, Timeout);
    private static readonly Regex Highest = new(@"\b(?:highest|maximum|top|plus\s+élevé|plus\s+haut|maximal|maximum)\b", Options, Timeout);
    private static readonly Regex Negated = new(@"\b(?:not|no\s+plans|n'a\s+pas|pas\s+été|ne\s+sera\s+pas|unchanged|remains|remained|reste|restera|maintenu|demeure|demeurent|kept|keeps)\b", Options, Timeout);

    public static List<LevelChangeFinding> Find(AnalysedText text, List<DateMention> dates, DateOnly published)
    {
        var findings = new List<LevelChangeFinding>();
        AlertScheme? current = null;
        foreach (var sentence in text.Sentences)
        {
            var s = text.SentenceText(sentence);
            var named = AlertSchemes.All.FirstOrDefault(a => a.Cue.IsMatch(s));
            current = named ?? current;
            if (current is null)
            {
                continue;
            }

            var change = Change.Match(s);
            if (!change.Success || Negated.IsMatch(s[..change.Index]))
            {
                continue;
            }

            var (from, to, toSpan) = Levels(current, s, change);
            if (to is null)
            {
                continue;
            }

            var date = dates.FirstOrDefault(d => sentence.Contains(d.Span.Start) && d.Precision is DatePrecision.Day or DatePrecision.Month);
            var spans = new List<TextSpan> { new(sentence.Start + change.Index, sentence.Start + change.Index + change.Length), Offset(sentence, toSpan) };
            if (named is not null)
            {
                var cue = named.Cue.Match(s);
                spans.Insert(0, new TextSpan(sentence.Start + cue.Index, sentence.Start + cue.Index + cue.Length));
            }

            if (date is not null)
            {
                spans.Add(date.Span);
            }

            findings.Add(new LevelChangeFinding(current.Id, current.Territory, from, to, date?.Value ?? published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), spans, named is not null ? 80 : 65));
        }

        return findings.DistinctBy(f => f.Label).ToList();
    }

    private static (string? From, string? To, TextSpan ToSpan) Levels(AlertScheme scheme, string s, Match change)
    {
        var after = s[change.Index..];
        var fromTo = FromTo.Match(after);
        if (fromTo.Success && LevelIn(scheme, fromTo.Groups["to"].Value) is { } toLevel)
        {
            var from = LevelIn(scheme, fromTo.Groups["from"].Value)?.Level;
            var g = fromTo.Groups["to"];
            return (from, toLevel.Level, new TextSpan(change.Index + g.Index + toLevel.Index, change.Index + g.Index + toLevel.Index + toLevel.Length));
        }

        if (LevelIn(scheme, after) is { } level)
        {
            return (null, level.Level, new TextSpan(change.Index + level.Index, change.Index + level.Index + level.Length));
        }

        var highest = Highest.Match(after);
        if (highest.Success)
        {
            var lowering = Lowering.IsMatch(change.Value);
            return (null, lowering ? scheme.Lowest : scheme.Highest, new TextSpan(change.Index + highest.Index, change.Index + highest.Index + highest.Length));
        }

        return (null, null, default);
    }

    private static (string Level, int Index, int Length)? LevelIn(AlertScheme scheme, string text)
    {
        // Numbered schemes: "de 3 à 4", "from 3 to 4".
        var trimmed = text.TrimStart();
        if (trimmed.Length > 0 && char.IsDigit(trimmed[0]) && (trimmed.Length == 1 || !char.IsDigit(trimmed[1]))
            && scheme.Levels.Any(l => l.Level == trimmed[..1]))
        {
            return (trimmed[..1], text.Length - trimmed.Length, 1);
        }

        var end = text.TrimEnd();
        if (end.Length > 0 && char.IsDigit(end[^1]) && (end.Length == 1 || !char.IsLetterOrDigit(end[^2]))
            && scheme.Levels.Any(l => l.Level == end[^1..]))
        {
            return (end[^1..], end.Length - 1, 1);
        }

        (string Level, int Index, int Length)? first = null;
        foreach (var (level, words) in scheme.Levels)
        {
            var m = words.Match(text);
            if (m.Success && (first is null || m.Index < first.Value.Index))
            {
                first = (level, m.Index, m.Length);
            }
        }

        return first;
    }

    private static TextSpan Offset(Sentence sentence, TextSpan local) => new(sentence.Start + local.Start, sentence.Start + local.End);
}
