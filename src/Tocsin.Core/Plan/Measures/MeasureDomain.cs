namespace Tocsin.Core.Plan.Measures;

/// <summary>An area of public life a catalogue groups its measures by (gatherings, air transport, cyber…), declared by
/// the catalogue file itself so that each scheme keeps its own list.</summary>
/// <param name="Id">Kebab-case identifier the catalogue's measures name, e.g. <c>gatherings</c>; unique within the catalogue.</param>
/// <param name="Code">Short upper-case code, e.g. <c>RSB</c>; by convention the prefix of the domain's measure ids.</param>
/// <param name="Titles">Title per language of the scheme, shown as the heading of the domain's measures.</param>
/// <param name="Objective">What the domain's measures aim at, per language; empty when the file gives none.</param>
public sealed record MeasureDomain(string Id, string Code, IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, string> Objective);
