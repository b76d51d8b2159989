namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The killed and injured figures of the report's principal incident (the latest revised total,
/// else the highest stated figure, else a claimant's figure), and those of an earlier incident the report
/// recalls (<see cref="Earlier"/>: "the deadliest since the 2015 attack that killed 130").</summary>
internal sealed record CasualtyFigures(CasualtyFigure? Killed, CasualtyFigure? Injured)
{
    public bool Any => (Killed?.Count ?? 0) > 0 || (Injured?.Count ?? 0) > 0;

    /// <summary>Figures of another incident the report compares with; null when none is given.</summary>
    public CasualtyFigures? Earlier { get; init; }
}
