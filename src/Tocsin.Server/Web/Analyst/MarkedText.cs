using Tocsin.Server.Ingest;

namespace Tocsin.Server.Web.Analyst;

/// <summary>Cuts a draft's text into runs at every span boundary, so each item's words can be wrapped in a
/// <c>&lt;mark&gt;</c> even where spans of several items overlap. Spans are UTF-16 offsets, end exclusive; a span
/// outside the text is clamped to it.</summary>
public static class MarkedText
{
    /// <summary>The id of the <paramref name="span"/>-th span (1-based) of the <paramref name="item"/>-th item (1-based).</summary>
    public static string AnchorOf(int item, int span) => $"mark-{item}-{span}";

    /// <summary>The runs of <paramref name="text"/> for <paramref name="items"/>, in text order.</summary>
    public static IReadOnlyList<MarkedPiece> Of(string text, IReadOnlyList<DraftItemView> items)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(items);
        var spans = items.SelectMany((item, i) => item.Spans.Select((s, k) =>
                (Item: i + 1, Anchor: AnchorOf(i + 1, k + 1), Start: Math.Clamp(s.Start, 0, text.Length), End: Math.Clamp(s.End, 0, text.Length))))
            .Where(s => s.End > s.Start)
            .ToList();
        var cuts = spans.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var pieces = new List<MarkedPiece>(cuts.Count);
        for (var c = 0; c + 1 < cuts.Count; c++)
        {
            var (from, to) = (cuts[c], cuts[c + 1]);
            var covering = spans.Where(s => s.Start <= from && s.End >= to).ToList();
            pieces.Add(new MarkedPiece(text[from..to], [.. covering.Select(s => s.Item).Distinct().Order()],
                [.. covering.Where(s => s.Start == from).Select(s => s.Anchor)]));
        }

        return pieces;
    }
}
