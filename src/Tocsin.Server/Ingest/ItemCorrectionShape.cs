namespace Tocsin.Server.Ingest;

/// <summary>Which corrections a drafted object takes.</summary>
/// <param name="HasName">It has a <c>name</c>.</param>
/// <param name="IsIncident">An incident with the terrorism extension: its figures (killed, injured).</param>
/// <param name="IsAssertion">An attributed-to relationship with the assertion extension: actor, asserter, basis, grade.</param>
public sealed record ItemCorrectionShape(bool HasName, bool IsIncident, bool IsAssertion);
