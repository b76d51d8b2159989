namespace Tocsin.Storage;

/// <summary>What became of each object of one write, in input order.</summary>
public sealed record ImportResult(IReadOnlyList<ObjectOutcome> Outcomes)
{
    /// <summary>How many outcomes are of <paramref name="kind"/>.</summary>
    public int Count(ObjectOutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);
}
