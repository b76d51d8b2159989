namespace Tocsin.Server.Picture;

/// <summary>The incident list's filters, all optional and combined with AND (docs/analyst-workspace.md).</summary>
/// <param name="From">Incidents on or after this instant.</param>
/// <param name="To">Incidents strictly before this instant (a date given alone counts as its whole day).</param>
/// <param name="Place">A location id, or text found (ignoring case) in a place's name, city, area, country or region.</param>
/// <param name="Outcome">One of <see cref="IncidentOutcome.All"/>.</param>
/// <param name="Actor">The id of what an assertion attributes the incident to, or text found in its name or aliases.</param>
/// <param name="AttackType">A value of the terrorism extension's <c>attack_types</c>, ignoring case.</param>
/// <param name="Marking">A marking definition's id, or its name (<c>TLP:GREEN</c>) ignoring case.</param>
/// <param name="Limit">At most this many incidents per page.</param>
/// <param name="After">Continue after this position (from a previous page's <c>next</c>).</param>
public sealed record IncidentFilter(
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Place,
    string? Outcome,
    string? Actor,
    string? AttackType,
    string? Marking,
    int Limit,
    ListPosition? After)
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page.</summary>
    public const int MaxLimit = 200;

    /// <summary>No filter, the first page.</summary>
    public static IncidentFilter None { get; } = new(null, null, null, null, null, null, null, DefaultLimit, null);
}
