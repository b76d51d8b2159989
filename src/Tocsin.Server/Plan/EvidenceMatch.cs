namespace Tocsin.Server.Plan;

/// <summary>An object of the intelligence picture that a proposal may cite as evidence.</summary>
/// <param name="Id">The STIX id.</param>
/// <param name="Type">The STIX type.</param>
/// <param name="Name">The object's name, or null when it has none.</param>
/// <param name="Grade">The Admiralty grade the object carries in Tocsin's assertion extension (e.g. <c>B2</c>), or
/// null when it carries none.</param>
public sealed record EvidenceMatch(string Id, string Type, string? Name, string? Grade);
