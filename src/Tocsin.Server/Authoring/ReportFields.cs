using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Authoring;

/// <summary>The fields of a report an analyst writes (docs/authoring.md, "Reports"). On an edit the fields replace the
/// current values; <see cref="Marking"/> keeps the current TLP when absent; other properties are kept.</summary>
/// <param name="Name">The report's title.</param>
/// <param name="Published">When it was published, RFC 3339 (UTC).</param>
/// <param name="ObjectRefs">The ids of the STIX objects it is about (at least one).</param>
/// <param name="Description">What it says.</param>
/// <param name="Marking">TLP: <c>clear</c>, <c>green</c>, <c>amber</c>, <c>amber+strict</c> or <c>red</c>; a new object without one is <c>amber</c>.</param>
/// <param name="Modified">On an edit, the <c>modified</c> of the version edited.</param>
[RequestExample("report.json")]
public sealed record ReportFields([RequiredField] string? Name, [RequiredField] string? Published, [RequiredField] IReadOnlyList<string>? ObjectRefs,
    string? Description = null, string? Marking = null, string? Modified = null);
