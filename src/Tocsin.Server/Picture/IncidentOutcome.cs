namespace Tocsin.Server.Picture;

/// <summary>The outcome words analysts filter by, and the Incident Core Extension's <c>determination</c> each stands
/// for (docs/stix-extensions.md): completed = successful-attempt, attempted = failed-attempt, foiled = blocked.</summary>
public static class IncidentOutcome
{
    /// <summary>The attack took place.</summary>
    public const string Completed = "completed";

    /// <summary>The attack was attempted and failed.</summary>
    public const string Attempted = "attempted";

    /// <summary>The plot was stopped before the attack.</summary>
    public const string Foiled = "foiled";

    /// <summary>Every outcome, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Completed, Attempted, Foiled];

    /// <summary>The outcome of a <c>determination</c> value; null for any other value or none.</summary>
    public static string? OfDetermination(string? determination) => determination switch
    {
        "successful-attempt" => Completed,
        "failed-attempt" => Attempted,
        "blocked" => Foiled,
        _ => null,
    };
}
