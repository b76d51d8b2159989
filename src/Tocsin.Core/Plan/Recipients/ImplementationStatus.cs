namespace Tocsin.Core.Plan.Recipients;

/// <summary>What a recipient says about one measure addressed to it (wire names: <c>implemented</c>,
/// <c>partial</c>, <c>not-possible</c>).</summary>
public enum ImplementationStatus
{
    /// <summary>Put in place as the measure expects.</summary>
    Implemented,

    /// <summary>Put in place in part; the comment says what is missing.</summary>
    Partial,

    /// <summary>Cannot be put in place; the comment says why.</summary>
    NotPossible,
}
