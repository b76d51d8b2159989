using System.Globalization;
using System.Text;
using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Server.Web.Components.Timeline;

/// <summary>Where the timeline chart puts things: time runs left to right over the segments' span, levels
/// bottom (lowest rank) to top, one row each. All numbers are view box pixels, written invariantly.</summary>
internal sealed class TimelineGeometry
{
    public const int Width = 640;
    public const int Left = 8;
    public const int Right = 632;
    public const int Top = 24;
    public const int RowHeight = 34;

    private readonly DateTimeOffset _from;
    private readonly double _span;
    private readonly int _levels;

    public TimelineGeometry(IReadOnlyList<TimelineSegment> segments, int levels)
    {
        _from = segments[0].Start;
        _span = Math.Max((segments[^1].End - _from).TotalSeconds, 1);
        _levels = levels;
    }

    public int Height => Top + (_levels * RowHeight) + 28;

    public int AxisY => Top + (_levels * RowHeight);

    public string ViewBox => FormattableString.Invariant($"0 0 {Width} {Height}");

    public double X(DateTimeOffset at) => Math.Round(Left + ((at - _from).TotalSeconds / _span * (Right - Left)), 1);

    /// <summary>The middle of the row of the level with <paramref name="rank"/> (1 is the bottom row).</summary>
    public double Y(int rank) => Top + ((_levels - rank) * RowHeight) + (RowHeight / 2.0);

    /// <summary>The step line through every segment: flat along each, vertical at each change.</summary>
    public string StepPath(IReadOnlyList<TimelineSegment> segments)
    {
        var path = new StringBuilder();
        path.Append(CultureInfo.InvariantCulture, $"M{X(segments[0].Start)} {Y(segments[0].Level.Rank)}");
        foreach (var segment in segments)
        {
            path.Append(CultureInfo.InvariantCulture, $"V{Y(segment.Level.Rank)}H{X(segment.End)}");
        }

        return path.ToString();
    }

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
