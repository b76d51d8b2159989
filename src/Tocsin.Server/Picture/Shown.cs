using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>A view and every object version whose content it shows, so that the caller records exactly those reads
/// before answering.</summary>
public sealed record Shown<T>(T View, IReadOnlyList<StixObject> Versions);
