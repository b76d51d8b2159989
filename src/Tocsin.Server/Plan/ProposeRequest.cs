using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Stix.Extensions;
using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Plan;

/// <summary>The body of <c>POST /api/v1/decisions</c>. Times are RFC 3339 with an offset. Missing texts or
/// lists are refused by the decision rules with their own codes, never by the JSON reader.</summary>
/// <param name="Scheme">Scheme id, e.g. <c>vigipirate</c>.</param>
/// <param name="Level">Level key, e.g. <c>urgence-attentat</c>.</param>
/// <param name="Territories">Territory ids, e.g. <c>FRA</c>, <c>FRA-D973</c>.</param>
/// <param name="EffectiveAt">Requested start, required (refused with <c>effective-at-required</c> when absent, never
/// read as year 1); the decision is in force from max(this, approval).</param>
/// <param name="ReviewBy">Review-by time; past it the decision is listed as overdue.</param>
/// <param name="ExpiresAt">Expiry; mandatory where the level requires it.</param>
/// <param name="Authority">Who decides, as published.</param>
/// <param name="Rationale">Why, as published in the CAP description.</param>
/// <param name="Supersedes">Ids of the decisions this one supersedes (its CAP message is then an Update).</param>
/// <param name="Evidence">STIX objects in the store, each with the Admiralty grade of its source.</param>
/// <param name="Exercise">True for an exercise: never the level in force, never on the public feed.</param>
/// <param name="RationaleTranslations">The rationale in the scheme's other languages, by language code, e.g.
/// <c>{"en": "…"}</c>; <c>rationale</c> is in the scheme's main language. A CAP <c>info</c> in a language with no
/// text carries no rationale.</param>
[RequestExample("proposal.json")]
public sealed record ProposeRequest(
    [RequiredField] string? Scheme,
    [RequiredField] string? Level,
    [RequiredField] IReadOnlyList<string>? Territories,
    [RequiredField] DateTimeOffset? EffectiveAt,
    DateTimeOffset? ReviewBy,
    DateTimeOffset? ExpiresAt,
    [RequiredField] string? Authority,
    [RequiredField] string? Rationale,
    IReadOnlyList<Guid>? Supersedes,
    IReadOnlyList<ProposeRequest.EvidenceItem>? Evidence,
    bool Exercise,
    IReadOnlyDictionary<string, string>? RationaleTranslations = null)
{
    /// <summary>The proposal, or <c>effective-at-required</c>, or <c>admiralty-grade</c> for an evidence grade that is not A–F then 1–6.</summary>
    public Result<DecisionProposal> ToProposal()
    {
        if (EffectiveAt is not { } effectiveAt)
        {
            return new Error("effective-at-required", "The field effectiveAt is required: the requested start, RFC 3339 with an offset, e.g. 2025-01-01T00:00:00Z.");
        }

        var evidence = new List<DecisionEvidence>();
        foreach (var item in Evidence ?? [])
        {
            var grade = AdmiraltyGrade.Parse(item.Grade);
            if (!grade.IsSuccess)
            {
                return grade.Error;
            }

            evidence.Add(new DecisionEvidence(item.StixId ?? string.Empty, grade.Value));
        }

        return new DecisionProposal
        {
            SchemeId = Scheme ?? string.Empty,
            LevelKey = Level ?? string.Empty,
            TerritoryIds = Territories ?? [],
            EffectiveAt = effectiveAt,
            ReviewBy = ReviewBy,
            ExpiresAt = ExpiresAt,
            Authority = Authority ?? string.Empty,
            Rationale = Rationale ?? string.Empty,
            RationaleTranslations = RationaleTranslations ?? new Dictionary<string, string>(),
            Supersedes = Supersedes ?? [],
            Evidence = evidence,
            IsExercise = Exercise,
        };
    }

    /// <summary>One piece of evidence.</summary>
    /// <param name="StixId">The STIX id of an object in the store.</param>
    /// <param name="Grade">Admiralty grade, e.g. <c>B2</c>.</param>
    public sealed record EvidenceItem(string? StixId, string? Grade);
}
