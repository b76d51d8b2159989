using System.Globalization;
using System.Text;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Server.Web.Layout;

/// <summary>The level colours as a style sheet, one class per (scheme, level), written from the configured
/// schemes. Pages name a class, never a colour: the content security policy forbids inline styles. Text on a
/// level colour is black or white, whichever contrasts more (WCAG 2 relative luminance).</summary>
public static class LevelStyles
{
    /// <summary>Where the style sheet is served.</summary>
    public const string Path = "/styles/levels.css";

    /// <summary>The class of <paramref name="level"/> of <paramref name="schemeId"/>, e.g. <c>level-vigipirate-urgence-attentat</c>.</summary>
    public static string ClassOf(string schemeId, string level) => "level-" + Safe(schemeId) + "-" + Safe(level);

    /// <summary>The style sheet for every scheme of <paramref name="catalogue"/>.</summary>
    public static string Write(PlanCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var css = new StringBuilder("/* Level colours, written from the configured alert schemes. */\n");
        foreach (var scheme in catalogue.Schemes)
        {
            foreach (var level in scheme.Levels)
            {
                Append(css, scheme, level);
            }
        }

        return css.ToString();
    }

    private static void Append(StringBuilder css, AlertScheme scheme, AlertLevel level)
    {
        var colour = level.Colour;
        var text = Luminance(colour) > 0.179 ? "#000" : "#fff";
        css.Append(CultureInfo.InvariantCulture, $".{ClassOf(scheme.Id, level.Key)}{{background-color:{colour};color:{text};border-color:{colour}}}\n");
        css.Append(CultureInfo.InvariantCulture, $"svg .{ClassOf(scheme.Id, level.Key)},.map .{ClassOf(scheme.Id, level.Key)}{{fill:{colour};stroke:#fff}}\n");
    }

    // Relative luminance of #RRGGBB; above ~0.179 black text contrasts more than white.
    private static double Luminance(string colour)
    {
        if (colour.Length != 7 || colour[0] != '#')
        {
            return 0;
        }

        double Channel(int start)
        {
            var c = int.Parse(colour.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    private static string Safe(string value)
    {
        var safe = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return safe.ToString();
    }
}
