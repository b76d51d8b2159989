using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>One territory on which approving a decision would not simply set the decision's level, found by
/// <see cref="ApprovalWarnings"/> at the instant the decision would start.</summary>
/// <param name="Kind">What happens there.</param>
/// <param name="TerritoryId">The territory concerned.</param>
/// <param name="TerritoryName">Its name, as the territory set gives it.</param>
/// <param name="Before">The level in force there just before approval would take effect.</param>
/// <param name="After">The level in force there once it has.</param>
/// <param name="Other">The other decision concerned (the one holding, kept, shadowed or ended); null when the
/// baseline is concerned.</param>
/// <param name="OtherEnd">When <paramref name="Other"/> stops being in force as things stand (UTC); null when it has
/// no end yet, or for <see cref="ApprovalWarningKind.DecisionEnded"/> (it ends at the decision's start).</param>
public sealed record ApprovalWarning(
    ApprovalWarningKind Kind,
    string TerritoryId,
    string TerritoryName,
    AlertLevel Before,
    AlertLevel After,
    Decision? Other,
    DateTimeOffset? OtherEnd)
{
    /// <summary>The stable code: <c>level-unchanged</c>, <c>level-held</c>, <c>reinforcement-kept</c>,
    /// <c>decision-shadowed</c> or <c>decision-ended</c>.</summary>
    public string Code => Kind switch
    {
        ApprovalWarningKind.LevelUnchanged => "level-unchanged",
        ApprovalWarningKind.LevelHeld => "level-held",
        ApprovalWarningKind.ReinforcementKept => "reinforcement-kept",
        ApprovalWarningKind.DecisionShadowed => "decision-shadowed",
        ApprovalWarningKind.DecisionEnded => "decision-ended",
    };

    /// <summary>The warning in English, naming the territory, the levels by key and the other decision by id.</summary>
    public string Message => Kind switch
    {
        ApprovalWarningKind.LevelUnchanged =>
            $"{Place} is already at {After.Key}{(Other is null ? " (the baseline)" : $" under decision {Other.Id:D}")}: approving changes nothing there.",
        ApprovalWarningKind.LevelHeld =>
            $"{Place} stays at {After.Key}: decision {Other?.Id:D} ranks first there and stays in force {Until}. Supersede it to change the level there.",
        ApprovalWarningKind.ReinforcementKept =>
            $"{Place} stays at {After.Key} under decision {Other?.Id:D} {Until}: a local reinforcement is never lowered by a wider decision.",
        ApprovalWarningKind.DecisionShadowed =>
            $"Decision {Other?.Id:D} ({Before.Key} on {Place}) stays in force but no longer applies there while this one does: {After.Key} replaces it.",
        ApprovalWarningKind.DecisionEnded =>
            $"Decision {Other?.Id:D} ({Before.Key} on {Place}) ends when this one starts; {Place} goes to {After.Key}.",
    };

    private string Place => $"{TerritoryName} ({TerritoryId})";

    private string Until => OtherEnd is { } end
        ? $"until {end.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC"
        : "until it is cancelled or superseded";
}
