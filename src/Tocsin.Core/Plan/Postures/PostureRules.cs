using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Principals;

namespace Tocsin.Core.Plan.Postures;

/// <summary>The only enforcer of the posture rules (docs/postures.md): what a proposal must satisfy, and the
/// two-person rule for approving, rejecting, withdrawing and cancelling, shared with decisions
/// (<see cref="TwoPersonRule"/>). Pure: it returns new values and never stores anything; every time recorded
/// comes from the injected clock.</summary>
public sealed class PostureRules
{
    private const int MaxTitleLength = 200;
    private readonly PlanCatalogue _catalogue;
    private readonly TimeProvider _clock;

    /// <summary>Rules over the schemes, territories and measure catalogues of <paramref name="catalogue"/>.</summary>
    public PostureRules(PlanCatalogue catalogue, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(clock);
        _catalogue = catalogue;
        _clock = clock;
    }

    /// <summary>A new Proposed posture from <paramref name="proposal"/> by <paramref name="proposer"/>;
    /// <paramref name="known"/> are the existing postures, against which superseded ids are checked. Refusals, in
    /// this order: proposer-role-required, unknown-scheme, unknown-level, no-territories, unknown-territory,
    /// territory-outside-scheme, posture-title-required, posture-title-language, authority-required,
    /// rationale-required, text-too-long, text-invalid-character, posture-period, posture-no-measures,
    /// posture-unknown-measure, posture-duplicate-measure, posture-measure-territories, posture-measure-period,
    /// posture-supersedes-unknown, posture-supersedes-not-approved, posture-supersedes-mismatch.</summary>
    public Result<Posture> Propose(PostureProposal proposal, Principal proposer, IReadOnlyCollection<Posture> known)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(proposer);
        ArgumentNullException.ThrowIfNull(known);
        if (!proposer.Has(Role.Analyst) && !proposer.Has(Role.Approver))
        {
            return DecisionErrors.ProposerRoleRequired(proposer.Name);
        }

        if (_catalogue.FindScheme(proposal.SchemeId) is not { } scheme)
        {
            return DecisionErrors.UnknownScheme(proposal.SchemeId);
        }

        if (scheme.FindLevel(proposal.LevelKey) is not { } level)
        {
            return DecisionErrors.UnknownLevel(scheme.Id, proposal.LevelKey);
        }

        var refusal = CheckTerritories(proposal.TerritoryIds, scheme) ?? CheckTexts(proposal, scheme)
            ?? (proposal.EndsAt <= proposal.StartsAt ? PostureErrors.Period() : null)
            ?? CheckMeasures(proposal, scheme) ?? CheckSupersedes(proposal, known);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = _clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        return new Posture
        {
            Id = id,
            SchemeId = scheme.Id,
            Titles = proposal.Titles.ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.Ordinal),
            LevelKey = level.Key,
            TerritoryIds = [.. proposal.TerritoryIds.Distinct(StringComparer.Ordinal)],
            StartsAt = proposal.StartsAt.ToUniversalTime(),
            EndsAt = proposal.EndsAt?.ToUniversalTime(),
            Measures = [.. proposal.Measures.Select(m => m with { TerritoryIds = [.. m.TerritoryIds.Distinct(StringComparer.Ordinal)], From = m.From?.ToUniversalTime(), Until = m.Until?.ToUniversalTime() })],
            Authority = proposal.Authority.Trim(),
            Rationale = proposal.Rationale.Trim(),
            Supersedes = [.. proposal.Supersedes.Distinct()],
            IsExercise = proposal.IsExercise,
            Status = DecisionStatus.Proposed,
            ProposedBy = proposer.Id,
            ProposedAt = now,
            Events = [new PostureEvent(id, DecisionEventKind.Proposed, proposer.Id, now, null)],
        };
    }

    /// <summary>Approves <paramref name="posture"/> now, by a principal other than its proposer holding the approver
    /// role. Refusals: same-person-cannot-approve, approver-role-required, already-approved, not-pending,
    /// already-expired (its period has ended).</summary>
    public Result<Posture> Approve(Posture posture, Principal approver)
    {
        ArgumentNullException.ThrowIfNull(posture);
        var now = _clock.GetUtcNow();
        if (TwoPersonRule.CheckApproval(PostureErrors.Subject(posture.Id), posture.ProposedBy, posture.Status, approver) is { } refusal)
        {
            return refusal;
        }

        if (posture.EndsAt is { } end && end <= now)
        {
            return PostureErrors.AlreadyEnded(posture.Id, end);
        }

        return posture with
        {
            Status = DecisionStatus.Approved,
            ApprovedBy = approver.Id,
            ApprovedAt = now,
            Events = [.. posture.Events, new PostureEvent(posture.Id, DecisionEventKind.Approved, approver.Id, now, null)],
        };
    }

    /// <summary>Rejects a Proposed posture with <paramref name="reason"/>. Refusals: approver-role-required,
    /// not-pending, reason-required, text-too-long, text-invalid-character.</summary>
    public Result<Posture> Reject(Posture posture, Principal approver, string? reason)
    {
        ArgumentNullException.ThrowIfNull(posture);
        if (TwoPersonRule.CheckRejection(PostureErrors.Subject(posture.Id), posture.Status, approver, reason) is { } refusal)
        {
            return refusal;
        }

        return posture with
        {
            Status = DecisionStatus.Rejected,
            Reason = reason!.Trim(),
            Events = [.. posture.Events, new PostureEvent(posture.Id, DecisionEventKind.Rejected, approver.Id, _clock.GetUtcNow(), reason.Trim())],
        };
    }

    /// <summary>Withdraws a Proposed posture: allowed to its proposer alone, because it never came into force.
    /// Refusals: not-proposer, not-pending.</summary>
    public Result<Posture> Withdraw(Posture posture, Principal proposer)
    {
        ArgumentNullException.ThrowIfNull(posture);
        if (TwoPersonRule.CheckWithdrawal(PostureErrors.Subject(posture.Id), posture.ProposedBy, posture.Status, proposer) is { } refusal)
        {
            return refusal;
        }

        return posture with
        {
            Status = DecisionStatus.Withdrawn,
            Events = [.. posture.Events, new PostureEvent(posture.Id, DecisionEventKind.Withdrawn, proposer.Id, _clock.GetUtcNow(), null)],
        };
    }

    /// <summary>Proposes to cancel the Approved <paramref name="posture"/> from <paramref name="effectiveAt"/> (on
    /// approval when null); it stays in force until a second person approves. Refusals: those of
    /// <see cref="TwoPersonRule.CheckCancellationProposal"/>.</summary>
    public Result<Posture> ProposeCancellation(Posture posture, Principal proposer, string? reason, DateTimeOffset? effectiveAt = null)
    {
        ArgumentNullException.ThrowIfNull(posture);
        var now = _clock.GetUtcNow();
        var refusal = TwoPersonRule.CheckCancellationProposal(PostureErrors.Subject(posture.Id), posture.Status, posture.PendingCancellation, proposer, reason, effectiveAt, now);
        return refusal is not null ? refusal
            : Append(posture, new PostureEvent(posture.Id, DecisionEventKind.CancellationProposed, proposer.Id, now, reason!.Trim(), effectiveAt?.ToUniversalTime()));
    }

    /// <summary>Approves the pending cancellation: the posture is Cancelled from the later of the requested time and
    /// now. Refusals: those of <see cref="TwoPersonRule.CheckCancellationApproval"/>.</summary>
    public Result<Posture> ApproveCancellation(Posture posture, Principal approver)
    {
        ArgumentNullException.ThrowIfNull(posture);
        if (TwoPersonRule.CheckCancellationApproval(PostureErrors.Subject(posture.Id), posture.Status, posture.PendingCancellation, approver) is { } refusal)
        {
            return refusal;
        }

        var pending = posture.PendingCancellation!;
        var now = _clock.GetUtcNow();
        return posture with
        {
            Status = DecisionStatus.Cancelled,
            CancelledAt = TwoPersonRule.CancellationTime(pending, now),
            Reason = pending.Reason,
            Events = [.. posture.Events, new PostureEvent(posture.Id, DecisionEventKind.Cancelled, approver.Id, now, pending.Reason)],
        };
    }

    /// <summary>Refuses the pending cancellation with <paramref name="reason"/>; the posture stays in force.</summary>
    public Result<Posture> RejectCancellation(Posture posture, Principal approver, string? reason)
    {
        ArgumentNullException.ThrowIfNull(posture);
        var refusal = TwoPersonRule.CheckCancellationRejection(PostureErrors.Subject(posture.Id), posture.PendingCancellation, approver, reason);
        return refusal is not null ? refusal
            : Append(posture, new PostureEvent(posture.Id, DecisionEventKind.CancellationRejected, approver.Id, _clock.GetUtcNow(), reason!.Trim()));
    }

    /// <summary>Withdraws the pending cancellation: allowed to its proposer alone.</summary>
    public Result<Posture> WithdrawCancellation(Posture posture, Principal proposer)
    {
        ArgumentNullException.ThrowIfNull(posture);
        var refusal = TwoPersonRule.CheckCancellationWithdrawal(PostureErrors.Subject(posture.Id), posture.PendingCancellation, proposer);
        return refusal is not null ? refusal
            : Append(posture, new PostureEvent(posture.Id, DecisionEventKind.CancellationWithdrawn, proposer.Id, _clock.GetUtcNow(), null));
    }

    private static Posture Append(Posture posture, PostureEvent change) => posture with { Events = [.. posture.Events, change] };

    private Error? CheckTerritories(IReadOnlyList<string> territoryIds, AlertScheme scheme)
    {
        if (territoryIds.Count == 0)
        {
            return DecisionErrors.NoTerritories();
        }

        var own = _catalogue.TerritoriesOf(scheme);
        foreach (var id in territoryIds.Where(id => !own.Contains(id)))
        {
            var elsewhere = PlanCatalogue.TerritorySetIds.Any(setId => _catalogue.FindTerritorySet(setId)!.Contains(id));
            return elsewhere ? DecisionErrors.TerritoryOutsideScheme(id, scheme.Id) : DecisionErrors.UnknownTerritory(id);
        }

        return null;
    }

    private static Error? CheckTexts(PostureProposal proposal, AlertScheme scheme)
    {
        var main = scheme.Languages[0];
        if (!proposal.Titles.TryGetValue(main, out var mainTitle) || string.IsNullOrWhiteSpace(mainTitle))
        {
            return PostureErrors.TitleRequired(main);
        }

        foreach (var (language, title) in proposal.Titles)
        {
            var refusal = !scheme.Languages.Contains(language, StringComparer.Ordinal) ? PostureErrors.TitleLanguage(language, scheme.Id)
                : string.IsNullOrWhiteSpace(title) ? PostureErrors.TitleRequired(main)
                : DecisionTexts.Check("title (" + language + ")", title.Trim(), MaxTitleLength);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return string.IsNullOrWhiteSpace(proposal.Authority) ? DecisionErrors.AuthorityRequired()
            : string.IsNullOrWhiteSpace(proposal.Rationale) ? DecisionErrors.RationaleRequired()
            : DecisionTexts.Check("authority", proposal.Authority.Trim(), DecisionTexts.MaxAuthorityLength)
                ?? DecisionTexts.Check("rationale", proposal.Rationale.Trim(), DecisionTexts.MaxRationaleLength);
    }

    private Error? CheckMeasures(PostureProposal proposal, AlertScheme scheme)
    {
        if (proposal.Measures.Count == 0)
        {
            return PostureErrors.NoMeasures();
        }

        var catalogue = _catalogue.MeasuresOf(scheme.Id).Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var territories = _catalogue.TerritoriesOf(scheme);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var measure in proposal.Measures)
        {
            var refusal = !catalogue.Contains(measure.MeasureId) ? PostureErrors.UnknownMeasure(measure.MeasureId, scheme.Id)
                : !seen.Add(measure.MeasureId) ? PostureErrors.DuplicateMeasure(measure.MeasureId)
                : measure.TerritoryIds.Count == 0 ? PostureErrors.MeasureTerritories(measure.MeasureId, null)
                : measure.TerritoryIds.FirstOrDefault(t => !territories.Contains(t) || !proposal.TerritoryIds.Any(p => territories.Covers(p, t))) is { } outside
                    ? PostureErrors.MeasureTerritories(measure.MeasureId, outside)
                : !WithinPeriod(measure, proposal) ? PostureErrors.MeasurePeriod(measure.MeasureId)
                : null;
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    private static bool WithinPeriod(PostureMeasure measure, PostureProposal proposal)
    {
        var from = measure.From ?? proposal.StartsAt;
        var until = measure.Until ?? proposal.EndsAt;
        return from >= proposal.StartsAt
            && (proposal.EndsAt is null || until <= proposal.EndsAt)
            && (until is null || from < until);
    }

    private static Error? CheckSupersedes(PostureProposal proposal, IReadOnlyCollection<Posture> known)
    {
        foreach (var id in proposal.Supersedes)
        {
            var superseded = known.FirstOrDefault(p => p.Id == id && string.Equals(p.SchemeId, proposal.SchemeId, StringComparison.Ordinal));
            var refusal = superseded is null ? PostureErrors.SupersedesUnknown(id)
                : superseded.Status != DecisionStatus.Approved ? PostureErrors.SupersedesNotApproved(id, superseded.Status)
                : superseded.IsExercise != proposal.IsExercise ? PostureErrors.SupersedesMismatch(id)
                : null;
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }
}
