using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Server.Plan;

/// <summary>One warning of a preview: a territory whose level approval would not change, or a decision in force it
/// would end or leave in force there (see docs/alert-plan.md, "Warnings before approval").</summary>
/// <param name="Code"><c>level-unchanged</c>, <c>level-held</c>, <c>reinforcement-kept</c>, <c>decision-shadowed</c> or
/// <c>decision-ended</c>.</param>
/// <param name="Territory">The territory concerned.</param>
/// <param name="TerritoryName">Its name.</param>
/// <param name="Decision">The other decision concerned; null when it is the baseline.</param>
/// <param name="LevelBefore">The level key in force there before approval takes effect.</param>
/// <param name="LevelAfter">The level key in force there once it has.</param>
/// <param name="Until">When the other decision stops being in force as things stand (UTC); null when open-ended or ended by this one.</param>
/// <param name="Message">The warning in English.</param>
public sealed record PreviewWarning(
    string Code,
    string Territory,
    string TerritoryName,
    Guid? Decision,
    string LevelBefore,
    string LevelAfter,
    DateTimeOffset? Until,
    string Message)
{
    /// <summary>The wire form of <paramref name="warning"/>.</summary>
    public static PreviewWarning Of(ApprovalWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return new(warning.Code, warning.TerritoryId, warning.TerritoryName, warning.Other?.Id, warning.Before.Key, warning.After.Key,
            warning.OtherEnd, warning.Message);
    }
}
