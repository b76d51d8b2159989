using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Authoring;

/// <summary>The fields of a threat actor an analyst writes (docs/authoring.md, "Threat actors"). On an edit the fields
/// replace the current values (blank removes them); <see cref="Marking"/> keeps the current TLP when absent; other
/// properties are kept.</summary>
/// <param name="Name">The name the picture uses.</param>
/// <param name="Description">Who they are.</param>
/// <param name="Aliases">Other names, including transliteration variants, each once.</param>
/// <param name="Marking">TLP: <c>clear</c>, <c>green</c>, <c>amber</c>, <c>amber+strict</c> or <c>red</c>; a new object without one is <c>amber</c>.</param>
/// <param name="Modified">On an edit, the <c>modified</c> of the version edited.</param>
[RequestExample("actor.json")]
public sealed record ActorFields([RequiredField] string? Name, string? Description = null, IReadOnlyList<string>? Aliases = null,
    string? Marking = null, string? Modified = null);
