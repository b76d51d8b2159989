namespace Tocsin.Core.Plan.Decisions;

/// <summary>A cancellation of an approved decision that waits for a second person: proposed by one principal,
/// it takes effect only when a different principal holding the approver role approves it (docs/alert-plan.md,
/// "Cancelling"). Until then the decision stays in force and nothing is published.</summary>
/// <param name="ProposedBy">Who proposed the cancellation.</param>
/// <param name="ProposedAt">When it was proposed (UTC).</param>
/// <param name="Reason">Why; published in the CAP Cancel once approved.</param>
/// <param name="EffectiveAt">When the cancellation should take effect (UTC); null for "on approval". Approval
/// never backdates it: it takes effect at the later of this time and the approval time.</param>
public sealed record CancellationProposal(Guid ProposedBy, DateTimeOffset ProposedAt, string Reason, DateTimeOffset? EffectiveAt);
