using System.Globalization;
using System.Text;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>Writes rings as compact SVG path data: an absolute move, then relative line segments in whole pixels,
/// with no separator before a negative number. About half the bytes of absolute decimal coordinates.</summary>
internal static class SvgPathWriter
{
    /// <summary>Appends one closed ring (first point not repeated at the end).</summary>
    public static void AppendRing(StringBuilder path, IReadOnlyList<(int X, int Y)> ring)
    {
        path.Append('M').Append(Number(ring[0].X)).Append(' ').Append(Number(ring[0].Y)).Append('l');
        for (var i = 1; i < ring.Count; i++)
        {
            var dx = ring[i].X - ring[i - 1].X;
            var dy = ring[i].Y - ring[i - 1].Y;
            if (i > 1 && dx >= 0)
            {
                path.Append(' ');
            }

            path.Append(Number(dx));
            if (dy >= 0)
            {
                path.Append(' ');
            }

            path.Append(Number(dy));
        }

        path.Append('z');
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
