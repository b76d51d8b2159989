using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Authoring;

/// <summary>An assertion about who did an incident (docs/authoring.md, "Assertions"): recorded as an
/// <c>attributed-to</c> relationship from the incident, created by our organisation, with the assertion extension.</summary>
/// <param name="Target">Who is said to have done it: a threat actor, an intrusion set or an identity (an accused state
/// is an identity, never a threat actor by being named).</param>
/// <param name="AssertedBy">Who says so: an identity.</param>
/// <param name="Basis"><c>claim</c>, <c>assessment</c> or <c>accusation</c>.</param>
/// <param name="AssertedAt">When they said it, RFC 3339 (UTC).</param>
/// <param name="Grade">The Admiralty grade of the source, e.g. <c>B2</c>; it sets <c>confidence</c>.</param>
/// <param name="Report">The report it was read in, optional.</param>
/// <param name="Description">The assertion in words.</param>
/// <param name="Marking">TLP; <c>amber</c> when absent.</param>
[RequestExample("assertion.json")]
public sealed record AssertionFields([RequiredField] string? Target, [RequiredField] string? AssertedBy, [RequiredField] string? Basis,
    [RequiredField] string? AssertedAt, [RequiredField] string? Grade, string? Report = null, string? Description = null, string? Marking = null);
