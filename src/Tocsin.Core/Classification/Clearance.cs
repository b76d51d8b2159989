namespace Tocsin.Core.Classification;

/// <summary>What a staff member may read: the highest classification level (a level of the deployment's
/// <see cref="ClassificationScale"/>) and the compartments they are read into.</summary>
/// <param name="Level">A level name of the scale.</param>
/// <param name="Compartments">Compartment names, upper case, each once.</param>
public sealed record Clearance(string Level, IReadOnlyList<string> Compartments)
{
    /// <summary>The clearance of a staff member nobody granted one: the scale's lowest level, no compartment.</summary>
    public static Clearance Lowest(ClassificationScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return new Clearance(scale.Lowest, []);
    }

    /// <summary>True when the clearance includes <paramref name="compartment"/> (upper-cased names compare).</summary>
    public bool Holds(string compartment) => Compartments.Contains(compartment, StringComparer.Ordinal);
}
