using System.Globalization;
using System.Text.RegularExpressions;

namespace Tocsin.Server.Tests.Web;

/// <summary>Reads back the absolute points of the map's path data (absolute moves, relative lines).</summary>
internal static partial class SvgPathPoints
{
    public static IReadOnlyList<(int X, int Y)> Of(string path)
    {
        var points = new List<(int X, int Y)>();
        foreach (Match ring in RingPattern().Matches(path))
        {
            var numbers = NumberPattern().Matches(ring.Groups["lines"].Value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            var (x, y) = (int.Parse(ring.Groups["x"].Value, CultureInfo.InvariantCulture), int.Parse(ring.Groups["y"].Value, CultureInfo.InvariantCulture));
            points.Add((x, y));
            for (var i = 0; i + 1 < numbers.Count; i += 2)
            {
                (x, y) = (x + numbers[i], y + numbers[i + 1]);
                points.Add((x, y));
            }
        }

        return points;
    }

    [GeneratedRegex(@"M(?<x>-?\d+) (?<y>-?\d+)l(?<lines>[-\d ]*)z")]
    private static partial Regex RingPattern();

    [GeneratedRegex(@"-?\d+")]
    private static partial Regex NumberPattern();
}
