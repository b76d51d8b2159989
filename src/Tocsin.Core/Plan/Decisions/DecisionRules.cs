using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Principals;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>The only enforcer of the decision rules (docs/alert-plan.md): who may propose, approve, reject
/// and withdraw, and what a proposal must satisfy (cancellation: <see cref="CancellationRules"/>). Pure: it returns new values and never
/// stores anything; times of approval, rejection and cancellation come from the injected clock.</summary>
public sealed class DecisionRules
{
    private readonly PlanCatalogue _catalogue;
    private readonly TimeProvider _clock;

    /// <summary>Rules over the schemes and territories of <paramref name="catalogue"/>.</summary>
    public DecisionRules(PlanCatalogue catalogue, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(clock);
        _catalogue = catalogue;
        _clock = clock;
    }

    /// <summary>A new Proposed decision from <paramref name="proposal"/> by <paramref name="proposer"/>.
    /// <paramref name="known"/> are the existing decisions, against which superseded ids are checked.
    /// Refusals, checked in this order: proposer-role-required, unknown-scheme, unknown-level,
    /// no-territories, unknown-territory, territory-outside-scheme, authority-required, rationale-required, rationale-language,
    /// text-too-long, text-invalid-character (authority, then rationale: <see cref="DecisionTexts"/>),
    /// expiry-before-effective, review-before-effective, expiry-required, expiry-exceeds-maximum,
    /// supersedes-unknown, supersedes-mismatch.</summary>
    public Result<Decision> Propose(DecisionProposal proposal, Principal proposer, IReadOnlyCollection<Decision> known)
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

        var refusal = CheckTerritories(proposal, scheme) ?? CheckTexts(proposal) ?? CheckTranslations(proposal, scheme) ?? CheckTimes(proposal, level) ?? CheckSupersedes(proposal, known);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = _clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        return new Decision
        {
            Id = id,
            SchemeId = scheme.Id,
            LevelKey = level.Key,
            TerritoryIds = [.. proposal.TerritoryIds.Distinct(StringComparer.Ordinal)],
            EffectiveAt = proposal.EffectiveAt.ToUniversalTime(),
            ReviewBy = proposal.ReviewBy?.ToUniversalTime(),
            ExpiresAt = proposal.ExpiresAt?.ToUniversalTime(),
            Authority = proposal.Authority.Trim(),
            Rationale = proposal.Rationale.Trim(),
            RationaleTranslations = proposal.RationaleTranslations.ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.Ordinal),
            Supersedes = [.. proposal.Supersedes.Distinct()],
            Evidence = proposal.Evidence,
            IsExercise = proposal.IsExercise,
            Status = DecisionStatus.Proposed,
            ProposedBy = proposer.Id,
            ProposedAt = now,
            Events = [new DecisionEvent(id, DecisionEventKind.Proposed, proposer.Id, now, null)],
        };
    }

    /// <summary>Approves <paramref name="decision"/> now. Refusals: same-person-cannot-approve,
    /// approver-role-required, already-approved, not-pending, already-expired.</summary>
    public Result<Decision> Approve(Decision decision, Principal approver)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(approver);
        var now = _clock.GetUtcNow();
        if (TwoPersonRule.CheckApproval(DecisionErrors.Subject(decision.Id), decision.ProposedBy, decision.Status, approver) is { } refusal)
        {
            return refusal;
        }

        if (decision.ExpiresAt is { } expiry && expiry <= now)
        {
            return DecisionErrors.AlreadyExpired(decision.Id, expiry);
        }

        return decision with
        {
            Status = DecisionStatus.Approved,
            ApprovedBy = approver.Id,
            ApprovedAt = now,
            Events = [.. decision.Events, new DecisionEvent(decision.Id, DecisionEventKind.Approved, approver.Id, now, null)],
        };
    }

    /// <summary>Rejects a Proposed decision with <paramref name="reason"/>. Refusals: approver-role-required,
    /// not-pending, reason-required, text-too-long, text-invalid-character.</summary>
    public Result<Decision> Reject(Decision decision, Principal approver, string reason)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(approver);
        if (TwoPersonRule.CheckRejection(DecisionErrors.Subject(decision.Id), decision.Status, approver, reason) is { } refusal)
        {
            return refusal;
        }

        var now = _clock.GetUtcNow();
        return decision with
        {
            Status = DecisionStatus.Rejected,
            Reason = reason.Trim(),
            Events = [.. decision.Events, new DecisionEvent(decision.Id, DecisionEventKind.Rejected, approver.Id, now, reason.Trim())],
        };
    }

    /// <summary>Withdraws a Proposed decision: allowed to its proposer alone, because it never came into force (an
    /// approved decision is ended only by a cancellation two people agree, <see cref="CancellationRules"/>).
    /// Refusals: not-proposer, not-pending.</summary>
    public Result<Decision> Withdraw(Decision decision, Principal proposer)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(proposer);
        if (TwoPersonRule.CheckWithdrawal(DecisionErrors.Subject(decision.Id), decision.ProposedBy, decision.Status, proposer) is { } refusal)
        {
            return refusal;
        }

        var now = _clock.GetUtcNow();
        return decision with
        {
            Status = DecisionStatus.Withdrawn,
            Events = [.. decision.Events, new DecisionEvent(decision.Id, DecisionEventKind.Withdrawn, proposer.Id, now, null)],
        };
    }

    private Error? CheckTerritories(DecisionProposal proposal, AlertScheme scheme)
    {
        if (proposal.TerritoryIds.Count == 0)
        {
            return DecisionErrors.NoTerritories();
        }

        var own = _catalogue.TerritoriesOf(scheme);
        foreach (var id in proposal.TerritoryIds)
        {
            if (own.Contains(id))
            {
                continue;
            }

            var elsewhere = PlanCatalogue.TerritorySetIds.Any(setId => _catalogue.FindTerritorySet(setId)!.Contains(id));
            return elsewhere ? DecisionErrors.TerritoryOutsideScheme(id, scheme.Id) : DecisionErrors.UnknownTerritory(id);
        }

        return null;
    }

    private static Error? CheckTexts(DecisionProposal proposal) =>
        string.IsNullOrWhiteSpace(proposal.Authority) ? DecisionErrors.AuthorityRequired()
        : string.IsNullOrWhiteSpace(proposal.Rationale) ? DecisionErrors.RationaleRequired()
        : DecisionTexts.Check("authority", proposal.Authority.Trim(), DecisionTexts.MaxAuthorityLength)
            ?? DecisionTexts.Check("rationale", proposal.Rationale.Trim(), DecisionTexts.MaxRationaleLength);

    private static Error? CheckTranslations(DecisionProposal proposal, AlertScheme scheme)
    {
        foreach (var (language, text) in proposal.RationaleTranslations)
        {
            if (!scheme.Languages.Contains(language, StringComparer.Ordinal) || string.Equals(language, scheme.Languages[0], StringComparison.Ordinal))
            {
                return DecisionErrors.TranslationLanguage(language, scheme);
            }

            var refusal = string.IsNullOrWhiteSpace(text) ? DecisionErrors.RationaleRequired()
                : DecisionTexts.Check("rationale (" + language + ")", text.Trim(), DecisionTexts.MaxRationaleLength);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    private static Error? CheckTimes(DecisionProposal proposal, AlertLevel level)
    {
        if (proposal.ExpiresAt <= proposal.EffectiveAt)
        {
            return DecisionErrors.ExpiryBeforeEffective();
        }

        if (proposal.ReviewBy <= proposal.EffectiveAt)
        {
            return DecisionErrors.ReviewBeforeEffective();
        }

        if (proposal.ExpiresAt is null && (level.ExpiryRequired || level.MaximumDuration is not null))
        {
            return DecisionErrors.ExpiryRequired(level.Key);
        }

        return proposal.ExpiresAt - proposal.EffectiveAt > level.MaximumDuration
            ? DecisionErrors.ExpiryExceedsMaximum(level.Key, level.MaximumDuration!.Value)
            : null;
    }

    private static Error? CheckSupersedes(DecisionProposal proposal, IReadOnlyCollection<Decision> known)
    {
        foreach (var id in proposal.Supersedes)
        {
            var superseded = known.FirstOrDefault(d => d.Id == id && string.Equals(d.SchemeId, proposal.SchemeId, StringComparison.Ordinal));
            if (superseded is null)
            {
                return DecisionErrors.SupersedesUnknown(id);
            }

            if (superseded.IsExercise != proposal.IsExercise)
            {
                return DecisionErrors.SupersedesMismatch(id);
            }
        }

        return null;
    }
}
