using Tocsin.Core.Plan.Postures;
using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Postures;

/// <summary>The body of <c>POST /api/v1/postures</c>. Times are RFC 3339 with an offset. Missing texts or lists are
/// refused by the posture rules with their own codes.</summary>
/// <param name="Scheme">Scheme id, e.g. <c>vigipirate</c>.</param>
/// <param name="Titles">Title per language, e.g. <c>{"fr": "Posture été 2026"}</c>; the scheme's main language is required.</param>
/// <param name="Level">Key of the level the posture goes with.</param>
/// <param name="Territories">Territory ids the posture covers (each with its descendants).</param>
/// <param name="StartsAt">Start of the period; the posture is in force from max(this, approval).</param>
/// <param name="EndsAt">End of the period; open-ended when omitted.</param>
/// <param name="Measures">The measures activated, each with its territories and optional dates.</param>
/// <param name="Authority">Who decides, as published.</param>
/// <param name="Rationale">Why, in the scheme's main language.</param>
/// <param name="Supersedes">Ids of approved postures this one ends at its own start.</param>
/// <param name="Exercise">True for an exercise: never the posture in force.</param>
[RequestExample("posture.json")]
public sealed record PostureRequest(
    [RequiredField] string? Scheme,
    [RequiredField] IReadOnlyDictionary<string, string>? Titles,
    [RequiredField] string? Level,
    [RequiredField] IReadOnlyList<string>? Territories,
    [RequiredField] DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    [RequiredField] IReadOnlyList<PostureRequest.MeasureItem>? Measures,
    [RequiredField] string? Authority,
    [RequiredField] string? Rationale,
    IReadOnlyList<Guid>? Supersedes,
    bool Exercise)
{
    /// <summary>The proposal the rules check; the required fields are present (<see cref="RequiredFieldsFilter"/>).</summary>
    public PostureProposal ToProposal() => new()
    {
        SchemeId = Scheme ?? string.Empty,
        Titles = Titles ?? new Dictionary<string, string>(),
        LevelKey = Level ?? string.Empty,
        TerritoryIds = Territories ?? [],
        StartsAt = StartsAt ?? DateTimeOffset.MinValue,
        EndsAt = EndsAt,
        Measures = [.. (Measures ?? []).Select(m => new PostureMeasure(m.Id ?? string.Empty, m.Territories ?? [], m.From, m.Until))],
        Authority = Authority ?? string.Empty,
        Rationale = Rationale ?? string.Empty,
        Supersedes = Supersedes ?? [],
        IsExercise = Exercise,
    };

    /// <summary>One measure activated.</summary>
    /// <param name="Id">Id of a measure of the scheme's catalogue.</param>
    /// <param name="Territories">Where it applies, each covered by one of the posture's territories.</param>
    /// <param name="From">When it starts applying; the posture's start when omitted.</param>
    /// <param name="Until">When it stops applying; the posture's end when omitted.</param>
    public sealed record MeasureItem(string? Id, IReadOnlyList<string>? Territories, DateTimeOffset? From, DateTimeOffset? Until);
}
