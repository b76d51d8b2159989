using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Authoring;

/// <summary>The fields of an incident an analyst writes (docs/authoring.md, "Incidents"). On an edit every field is
/// replaced by the value sent (blank removes it), except <see cref="Marking"/> and <see cref="Outcome"/>, which keep the
/// current value when absent;
/// properties the fields do not name (attack types, weapons, other extensions) are kept as they are.</summary>
/// <param name="Name">What happened, where, when.</param>
/// <param name="Description">The account of it.</param>
/// <param name="Outcome"><c>completed</c>, <c>attempted</c> or <c>foiled</c> (the Incident Core Extension's
/// <c>successful-attempt</c>, <c>failed-attempt</c>, <c>blocked</c>).</param>
/// <param name="StartedAt">When it started, RFC 3339 (UTC).</param>
/// <param name="Killed">People killed, 0 or more.</param>
/// <param name="Injured">People injured, 0 or more.</param>
/// <param name="Marking">TLP: <c>clear</c>, <c>green</c>, <c>amber</c>, <c>amber+strict</c> or <c>red</c>; a new object without one is <c>amber</c>.</param>
/// <param name="Modified">On an edit, the <c>modified</c> of the version edited: a save against an older version is refused.</param>
[RequestExample("incident.json")]
public sealed record IncidentFields([RequiredField] string? Name, string? Description = null, string? Outcome = null, string? StartedAt = null,
    int? Killed = null, int? Injured = null, string? Marking = null, string? Modified = null);
