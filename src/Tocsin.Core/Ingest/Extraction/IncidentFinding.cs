namespace Tocsin.Core.Ingest.Extraction;

/// <summary>An incident the report describes: outcome, figures, kinds of attack, and the words behind them.</summary>
internal sealed record IncidentFinding(
    IncidentOutcome Outcome,
    CasualtyFigures Casualties,
    IReadOnlyList<string> AttackTypes,
    IReadOnlyList<string> TargetTypes,
    IReadOnlyList<string> Weapons,
    IReadOnlyList<TextSpan> Spans,
    int Confidence)
{
    public string OutcomeName => Outcome switch
    {
        IncidentOutcome.Completed => "completed",
        IncidentOutcome.Attempted => "attempted",
        IncidentOutcome.Foiled => "foiled",
        IncidentOutcome.Unknown => "unknown",
    };

    public string Determination => Outcome switch
    {
        IncidentOutcome.Completed => "successful-attempt",
        IncidentOutcome.Attempted => "failed-attempt",
        IncidentOutcome.Foiled => "blocked",
        IncidentOutcome.Unknown => "suspected",
    };
}
