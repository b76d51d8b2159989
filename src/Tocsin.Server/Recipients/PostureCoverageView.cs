namespace Tocsin.Server.Recipients;

/// <summary>Where the implementation of a posture stands: counts by sector and by territory of the measures, every
/// recipient, and those who have not answered at all.</summary>
public sealed record PostureCoverageView(
    Guid Posture,
    CoverageCounts Total,
    IReadOnlyList<CoverageCounts> BySector,
    IReadOnlyList<CoverageCounts> ByTerritory,
    IReadOnlyList<CoverageRecipient> Recipients,
    IReadOnlyList<CoverageRecipient> NotAnswered);
