using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>The CSS class that colours a level: <c>level-{scheme}-{level}</c>, e.g.
/// <c>level-vigipirate-urgence-attentat</c>. The colours are in <c>wwwroot/css/territory-map.css</c> (the CSP forbids
/// inline styles); a test checks that file against every shipped scheme.</summary>
public static class LevelClass
{
    /// <summary>The class of <paramref name="level"/> of <paramref name="scheme"/>.</summary>
    public static string Of(AlertScheme scheme, AlertLevel level)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(level);
        return $"level-{scheme.Id}-{level.Key}";
    }
}
