using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>A level's name as a reader sees it: in the reader's language, followed by the official name in the
/// scheme's own language when that differs ("Urgent attack (Urgence attentat)").</summary>
public static class LevelLabel
{
    /// <summary>The label of <paramref name="level"/> for a reader of <paramref name="language"/>.</summary>
    public static string Of(AlertScheme scheme, AlertLevel level, string language)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(level);
        var read = level.NameIn(language);
        var official = level.NameIn(scheme.Languages[0]);
        return string.Equals(read, official, StringComparison.Ordinal) ? read : $"{read} ({official})";
    }
}
