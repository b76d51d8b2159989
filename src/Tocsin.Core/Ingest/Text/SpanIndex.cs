namespace Tocsin.Core.Ingest.Text;

/// <summary>Answers "does any of these spans overlap this one?" in logarithmic time: the spans sorted by start,
/// with the furthest end reached by each prefix. The finders ask it for every cue and mention, and a report of a
/// megabyte holds tens of thousands of both, so a scan per question would be quadratic.</summary>
internal sealed class SpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _furthestEnds;

    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _furthestEnds = new int[sorted.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            furthest = Math.Max(furthest, sorted[i].End);
            _furthestEnds[i] = furthest;
        }
    }

    /// <summary>True when a span of the index shares a character with <paramref name="span"/>.</summary>
    public bool Overlaps(TextSpan span)
    {
        // Spans starting before span.End overlap it when one of them ends after span.Start.
        var count = FirstStartAtOrAfter(span.End);
        return count > 0 && _furthestEnds[count - 1] > span.Start;
    }

    private int FirstStartAtOrAfter(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
