using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>A STIX object a decision cites as evidence, with the Admiralty grade of its source.</summary>
/// <param name="StixId">The object's STIX id, e.g. <c>report--…</c>.</param>
/// <param name="Grade">The grade of the evidence.</param>
public sealed record DecisionEvidence(string StixId, AdmiraltyGrade Grade);
