using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Classification;

/// <summary>A national marking to create: its kind (classification, caveat or compartment) and its term.</summary>
/// <param name="Kind">One of <see cref="SharingMarkingKind.Classification"/>, <see cref="SharingMarkingKind.Caveat"/>,
/// <see cref="SharingMarkingKind.Compartment"/>.</param>
/// <param name="Term">The level, caveat or compartment name.</param>
public sealed record NationalMarkingRequest(SharingMarkingKind Kind, string Term);
