using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Server.Plan;

/// <summary>The public status as plain HTML for the home page: the level in force per territory with its
/// colour (an SVG fill, not an inline style, which the content security policy forbids), in the scheme's first language, from the same live state as <c>/api/v1/levels</c>.</summary>
public static class StatusHtml
{
    /// <summary>A <c>section</c> with the status of the default scheme now.</summary>
    public static async Task<string> RenderAsync(PlanDecisions plan, PublicationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        if (plan.Catalogue.FindScheme(settings.DefaultScheme) is not { } scheme
            || await plan.StateAsync(scheme.Id, DecisionTrack.Live, cancellationToken) is not { } state)
        {
            return string.Empty;
        }

        var language = scheme.Languages[0];
        var now = plan.Now();
        var view = PlanStatus.Levels(scheme, plan.Catalogue.TerritoriesOf(scheme), state, now);
        var html = new StringBuilder();
        var e = HtmlEncoder.Default;
        html.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"status\"><h2 id=\"status\">{e.Encode(scheme.Names[language])}</h2>");
        html.Append("<table><thead><tr><th>Territoire / territory</th><th>Niveau / level</th><th>Depuis / since</th></tr></thead><tbody>");
        foreach (var entry in view.Entries)
        {
            var name = entry.LevelNames.TryGetValue(language, out var n) ? n : entry.Level;
            var since = entry.Since is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{e.Encode(entry.Name)}</td><td><svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" rx=\"1.5\" fill=\"{e.Encode(entry.Colour)}\"/></svg>{e.Encode(name)}</td><td>{since}</td></tr>");
        }

        html.Append("</tbody></table>");
        html.Append("<p><a href=\"/feeds/cap.atom\">CAP alerts (Atom)</a> · <a href=\"/api/v1/levels\">Levels (JSON)</a> · <a href=\"/openapi/v1.json\">API</a></p></section>");
        return html.ToString();
    }
}
