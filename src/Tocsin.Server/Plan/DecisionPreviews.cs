using System.Text;
using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Plan;

namespace Tocsin.Server.Plan;

/// <summary>Previews of what an approval would publish: the same rules and the same message writer and signer as
/// <see cref="PlanDecisions.ApproveAsync"/> (an Alert, or an Update for a decision that supersedes others, such as a
/// lowering) and <see cref="PlanDecisions.ApproveCancellationAsync"/> (a Cancel), applied to a trial approval at the
/// current time, and nothing written. Previewing a pending decision or cancellation and approving it at the same
/// instant give byte-identical CAP.</summary>
public sealed class DecisionPreviews
{
    // The trial approver is nobody: the id no principal holds, so the same-person rule never refuses a preview.
    private static readonly Principal TrialApprover = new(Guid.Empty, "preview", PrincipalKind.User, [Role.Approver], DateTimeOffset.MinValue);

    private readonly ITocsinStore _store;
    private readonly PlanDecisions _plan;
    private readonly DecisionRules _rules;
    private readonly CancellationRules _cancellations;

    /// <summary>Previews over <paramref name="store"/>, publishing as <paramref name="plan"/> does, at
    /// <paramref name="clock"/>'s time truncated to the millisecond.</summary>
    public DecisionPreviews(ITocsinStore store, PlanDecisions plan, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(plan);
        _store = store;
        _plan = plan;
        _rules = new DecisionRules(plan.Catalogue, new MillisecondClock(clock));
        _cancellations = new CancellationRules(new MillisecondClock(clock));
    }

    /// <summary>The preview of a proposal not yet submitted, as <paramref name="principalName"/> would propose it.
    /// Refusals: exactly those of <see cref="PlanDecisions.ProposeAsync"/>.</summary>
    public async Task<Result<DecisionPreview>> OfProposalAsync(DecisionProposal proposal, string principalName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (await _store.FindPrincipalAsync(principalName, cancellationToken) is not { } proposer)
        {
            return new Error("principal-not-found", $"There is no principal named '{principalName}'.");
        }

        var known = await _store.Plan.ListAsync(proposal.SchemeId, cancellationToken);
        var proposed = _rules.Propose(proposal, proposer, [.. known]);
        if (!proposed.IsSuccess)
        {
            return proposed.Error;
        }

        var missing = await _store.Plan.MissingObjectsAsync([.. proposed.Value.Evidence.Select(e => e.StixId)], cancellationToken);
        if (missing.Count > 0)
        {
            return new Error("evidence-unknown", $"The evidence '{missing[0]}' is not an object in the store.");
        }

        return await PreviewAsync(proposed.Value, null, known, cancellationToken);
    }

    /// <summary>The preview of the pending decision <paramref name="id"/>, or of its pending cancellation (the CAP
    /// Cancel, and the public status once it takes effect). Refusals: <c>decision-not-found</c>, and those of
    /// <see cref="DecisionRules.Approve"/> that do not depend on who approves (<c>already-approved</c>,
    /// <c>not-pending</c>, <c>already-expired</c>).</summary>
    public async Task<Result<DecisionPreview>> OfPendingAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await _store.Plan.FindAsync(id, cancellationToken) is not { } decision)
        {
            return PlanStoreErrors.DecisionNotFound(id);
        }

        var known = await _store.Plan.ListAsync(decision.SchemeId, cancellationToken);
        return decision.PendingCancellation is null
            ? await PreviewAsync(decision, id, known, cancellationToken)
            : await CancellationPreviewAsync(decision, known, cancellationToken);
    }

    private async Task<Result<DecisionPreview>> PreviewAsync(Decision pending, Guid? id, IReadOnlyList<Decision> known, CancellationToken cancellationToken)
    {
        var approved = _rules.Approve(pending, TrialApprover);
        if (!approved.IsSuccess)
        {
            return approved.Error;
        }

        var decision = approved.Value;
        var message = await _plan.ApprovalMessageAsync(decision, cancellationToken);
        var start = decision.EffectiveAt > decision.ApprovedAt!.Value ? decision.EffectiveAt : decision.ApprovedAt.Value;
        var scheme = _plan.Catalogue.FindScheme(decision.SchemeId)!;
        var warnings = ApprovalWarnings.Of(scheme, _plan.Catalogue.TerritoriesOf(scheme), known, decision);
        return Preview(id, decision, message, known, decision.ApprovedAt.Value, start, [.. warnings.Select(PreviewWarning.Of)]);
    }

    private async Task<Result<DecisionPreview>> CancellationPreviewAsync(Decision pending, IReadOnlyList<Decision> known, CancellationToken cancellationToken)
    {
        var cancelled = _cancellations.Approve(pending, TrialApprover);
        if (!cancelled.IsSuccess)
        {
            return cancelled.Error;
        }

        var decision = cancelled.Value;
        var message = await _plan.CancellationMessageAsync(decision, cancellationToken);
        var at = decision.Events[^1].At;
        return Preview(decision.Id, decision, message, known, at, decision.CancelledAt ?? at, []);
    }

    // The public status at the moment the change takes effect, with every other decision as it stands.
    private DecisionPreview Preview(Guid? id, Decision decision, Publication message, IReadOnlyList<Decision> known, DateTimeOffset approvedAt, DateTimeOffset start,
        IReadOnlyList<PreviewWarning> warnings)
    {
        var scheme = _plan.Catalogue.FindScheme(decision.SchemeId)!;
        var after = known.Where(d => d.Id != decision.Id).Append(decision);
        var state = new PlanState(scheme, _plan.Catalogue.TerritoriesOf(scheme), after, DecisionTrack.Live);
        var levels = PlanStatus.Levels(scheme, _plan.Catalogue.TerritoriesOf(scheme), state, start);
        var xml = Encoding.UTF8.GetString(message.Xml.Span);
        return new DecisionPreview(id, message.Identifier, message.MsgType.ToString(), message.Status.ToString(),
            _plan.Signs, xml, approvedAt, levels, warnings);
    }
}
