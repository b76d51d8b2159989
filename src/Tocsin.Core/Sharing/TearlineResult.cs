using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>A released tearline: the sanitised object and its <c>derived-from</c> relationship to the original.</summary>
/// <param name="Sanitised">The new object: own id, created by us, marked with the release TLP and the tearline marking.</param>
/// <param name="DerivedFrom">The relationship from <paramref name="Sanitised"/> to the original, marked like the original.</param>
/// <param name="RemovedProperties">The top-level properties removed because a granular marking covered them.</param>
public sealed record TearlineResult(StixObject Sanitised, StixObject DerivedFrom, IReadOnlyList<string> RemovedProperties)
{
    /// <summary>The properties released exactly as the original has them (<see cref="TearlineTexts.AsTheyStand"/>):
    /// a tearline with any needs a second person holding the approver role.</summary>
    public IReadOnlyList<string> ReleasedAsTheyStand { get; init; } = [];
}
