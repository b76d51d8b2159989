using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds places: gazetteer names outside actor names ("Khorasan" in ISIS-K is not a place), with a
/// preceding relative phrase ("outside Moscow", "on the outskirts of", "près de") turned into "near X".</summary>
internal static class LocationExtractor
{
    private static readonly Regex Relative = new(
        @"(?:\b(?:just\s+)?(?:outside|near|nearby|close\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+suburbs\s+of|on\s+the\s+edge\s+of|près\s+de|non\s+loin\s+de|aux\s+portes\s+de|en\s+banlieue\s+de|dans\s+la\s+banlieue\s+de|à\s+la\s+périphérie\s+de|aux\s+abords\s+de|dans\s+les\s+environs\s+de)(?:\s+(?:la|le|l'|l’))?\s*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(10));

    public static List<LocationMention> Find(AnalysedText text, IReadOnlyList<TextSpan> excluded)
    {
        var found = new List<LocationMention>();
        var inExcluded = new SpanIndex(excluded);
        foreach (var match in Gazetteers.Places.Match(text.Tokens))
        {
            if (inExcluded.Overlaps(match.Span))
            {
                continue;
            }

            var place = match.Value;
            var lookBehindStart = Math.Max(0, match.Span.Start - 40);
            var before = text.Text[lookBehindStart..match.Span.Start];
            var relative = Relative.Match(before);
            if (relative.Success && place.Kind is "city" or "venue")
            {
                var span = new TextSpan(lookBehindStart + relative.Index, match.Span.End);
                found.Add(new LocationMention("near " + place.Name, place, "near", span, 70));
                continue;
            }

            found.Add(new LocationMention(place.Name, place, null, match.Span, 80));
        }

        return found;
    }
}
