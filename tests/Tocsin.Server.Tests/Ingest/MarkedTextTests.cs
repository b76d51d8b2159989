using Tocsin.Server.Ingest;
using Tocsin.Server.Web.Analyst;

namespace Tocsin.Server.Tests.Ingest;

public sealed class MarkedTextTests
{
    private static DraftItemView Item(params (int Start, int End)[] spans) =>
        new("x", "actor", "threat-actor", "x", 50, [.. spans.Select(s => new SpanView(s.Start, s.End))], false, "pending", null, null);

    [Fact]
    public void Each_span_starts_a_mark_its_item_can_link_to()
    {
        var pieces = MarkedText.Of("Islamic State claimed it", [Item((0, 13))]);

        Assert.Equal(("Islamic State", "mark-1-1"), (pieces[0].Text, pieces[0].Anchors.Single()));
    }

    [Fact]
    public void Overlapping_spans_of_two_items_are_cut_so_every_run_knows_its_items()
    {
        var pieces = MarkedText.Of("abcdef", [Item((0, 4)), Item((2, 6))]);

        Assert.Equal(["ab:1", "cd:1 2", "ef:2"], pieces.Select(p => $"{p.Text}:{string.Join(' ', p.Items)}"));
    }

    [Fact]
    public void The_text_is_kept_whole_and_spans_outside_it_are_clamped()
    {
        var pieces = MarkedText.Of("short", [Item((3, 99))]);

        Assert.Equal("short", string.Concat(pieces.Select(p => p.Text)));
    }
}
