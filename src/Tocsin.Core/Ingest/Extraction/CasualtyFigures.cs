namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The killed and injured figures of a report (the highest stated, as tolls are revised upwards).</summary>
internal sealed record CasualtyFigures(CasualtyFigure? Killed, CasualtyFigure? Injured)
{
    public bool Any => (Killed?.Count ?? 0) > 0 || (Injured?.Count ?? 0) > 0;
}
