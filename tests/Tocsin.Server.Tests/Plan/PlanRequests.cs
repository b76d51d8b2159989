using System.Globalization;

namespace Tocsin.Server.Tests.Plan;

/// <summary>Bodies for the decisions API, valid unless a test adjusts them.</summary>
internal static class PlanRequests
{
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Proposal(string level = "urgence-attentat", params string[] territories) => new()
    {
        ["scheme"] = "vigipirate",
        ["level"] = level,
        ["territories"] = territories.Length == 0 ? new[] { "FRA-D75" } : territories,
        ["effectiveAt"] = Time(TimeProvider.System.GetUtcNow().AddMinutes(-5)),
        ["reviewBy"] = Time(TimeProvider.System.GetUtcNow().AddDays(30)),
        ["authority"] = "Premier ministre, après conseil de défense",
        ["rationale"] = "Menace terroriste évaluée à un niveau très élevé.",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> proposal, string name, object? value)
    {
        var copy = new Dictionary<string, object?>(proposal) { [name] = value };
        return copy;
    }
}
