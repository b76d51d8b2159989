namespace Tocsin.Core.Plan.Schemes;

/// <summary>What reading a scheme file gave: the scheme when the file has no problem, otherwise
/// null and every problem found.</summary>
/// <param name="Scheme">The scheme, or null when <paramref name="Issues"/> is not empty.</param>
/// <param name="Issues">All problems, in file order; empty on success.</param>
public sealed record SchemeReadResult(AlertScheme? Scheme, IReadOnlyList<SchemeIssue> Issues);
