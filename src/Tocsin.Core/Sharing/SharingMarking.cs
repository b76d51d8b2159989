using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>A marking definition as the sharing policy reads it.</summary>
/// <param name="Id">The marking definition id.</param>
/// <param name="Kind">What it means for sharing.</param>
/// <param name="Level">The TLP level, for <see cref="SharingMarkingKind.Tlp"/> only.</param>
/// <param name="Codes">Upper-case REL TO codes (<see cref="SharingMarkingKind.RelTo"/>) or recipient names
/// (<see cref="SharingMarkingKind.Recipients"/>, as written); empty otherwise. An empty or malformed list
/// matches nobody.</param>
public sealed record SharingMarking(string Id, SharingMarkingKind Kind, TlpLevel? Level, IReadOnlyList<string> Codes)
{
    /// <summary>The level, caveat or compartment name of a national classification marking
    /// (<see cref="SharingMarkingKind.Classification"/>, <see cref="SharingMarkingKind.Caveat"/>,
    /// <see cref="SharingMarkingKind.Compartment"/>), upper case; null otherwise, or when unreadable (a classification
    /// without a readable level is above every clearance).</summary>
    public string? Term { get; init; }
}
