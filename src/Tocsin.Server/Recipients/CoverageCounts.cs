namespace Tocsin.Server.Recipients;

/// <summary>How many (recipient, measure) pairs stand at each answer, for one sector or territory.</summary>
/// <param name="Key">The sector id, territory id, <c>none</c> for recipients without a sector, or <c>all</c>.</param>
/// <param name="Implemented">Reported implemented.</param>
/// <param name="Partial">Reported partially implemented.</param>
/// <param name="NotPossible">Reported not possible.</param>
/// <param name="Unanswered">Not reported on yet.</param>
public sealed record CoverageCounts(string Key, int Implemented, int Partial, int NotPossible, int Unanswered);
