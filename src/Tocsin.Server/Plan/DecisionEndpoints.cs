using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;
using Tocsin.Server.Auth.Factors;

namespace Tocsin.Server.Plan;

/// <summary>The decisions API, for staff only (401 without credentials, 403 for a partner). The decision rules then check
/// roles (proposing a decision or a cancellation: analyst or approver; approving: approver, not the proposer;
/// rejecting: approver; withdrawing a pending cancellation: its proposer),
/// refusing with 403. Reads need a principal holding a role. Every refusal is a problem document and
/// changes nothing.</summary>
public static class DecisionEndpoints
{
    /// <summary>Maps <c>/api/v1/decisions</c>.</summary>
    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Staff only; the decision rules then refuse the wrong role with their own code, so the metadata
        // states the role each write needs for the OpenAPI document.
        var group = endpoints.MapGroup("/api/v1/decisions").WithTags("Decisions").RequireStaff().AddEndpointFilter<ClearedEvidenceFilter>();
        group.MapPost("", ProposeAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapPost("/{id:guid}/approve", ApproveAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/reject", RejectAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/withdraw", WithdrawAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/cancel/approve", ApproveCancellationAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/cancel/reject", RejectCancellationAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/cancel/withdraw", WithdrawCancellationAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapGet("", ListAsync);
        group.MapGet("/overdue", OverdueAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return endpoints;
    }

    /// <summary><c>POST /api/v1/decisions</c>: proposes a decision as the caller. 201 with the decision and its
    /// <c>Location</c>; 403 <c>proposer-role-required</c>; 422 for any invalid content (unknown scheme, level or
    /// territory, territory outside the scheme, expiry before the effective time, missing mandatory expiry,
    /// unknown superseded decision or evidence, bad grade).</summary>
    private static async Task<Results<Created<DecisionView>, ProblemHttpResult>> ProposeAsync(
        ProposeRequest request, ClaimsPrincipal user, PlanDecisions plan, CitedEvidence cited, CancellationToken cancellationToken)
    {
        var proposal = request.ToProposal();
        if (!proposal.IsSuccess)
        {
            return Problems.For(proposal.Error);
        }

        if (await cited.RefusalAsync(user, [.. proposal.Value.Evidence.Select(e => e.StixId)], cancellationToken) is { } withheld)
        {
            return Problems.For(withheld);
        }

        var proposed = await plan.ProposeAsync(proposal.Value, user.Identity!.Name!, cancellationToken);
        return proposed.IsSuccess
            ? TypedResults.Created($"/api/v1/decisions/{proposed.Value.Id:D}", await ViewAsync(plan, proposed.Value, cancellationToken))
            : Problems.For(proposed.Error);
    }

    /// <summary><c>POST /api/v1/decisions/{id}/approve</c>: approves as the caller and publishes the CAP Alert
    /// (or Update, when it supersedes published decisions) in the same write. 200 with the decision; 403
    /// <c>same-person-cannot-approve</c> or <c>approver-role-required</c>; 404; 409 <c>already-approved</c>,
    /// <c>not-pending</c>, <c>already-expired</c>.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> ApproveAsync(
        Guid id, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.ApproveAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/decisions/{id}/reject</c> with <c>{"reason": "..."}</c>: 200; 403; 404; 409
    /// <c>not-pending</c>; 422 <c>reason-required</c>. Nothing is published.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> RejectAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.RejectAsync(id, user.Identity!.Name!, request.Reason ?? string.Empty, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/decisions/{id}/withdraw</c>: the proposer withdraws a decision that was never approved
    /// (it never came into force). 200; 403 <c>not-proposer</c>; 404; 409 <c>not-pending</c>. Nothing is published.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.WithdrawAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/decisions/{id}/cancel</c> with <c>{"reason": "...", "effectiveAt": optional}</c>:
    /// proposes to cancel an approved decision from its approval (or the later time given). The decision stays in
    /// force and nothing is published until a different approver approves the cancellation. 200 with the decision
    /// and its <c>pendingCancellation</c>; 403 <c>proposer-role-required</c>; 404; 409 <c>not-approved</c>,
    /// <c>cancellation-pending</c>; 422 <c>reason-required</c>, <c>text-too-long</c>, <c>text-invalid-character</c>,
    /// <c>cancellation-in-past</c>.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> CancelAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.ProposeCancellationAsync(id, user.Identity!.Name!, request.Reason ?? string.Empty, request.EffectiveAt, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/decisions/{id}/cancel/approve</c>: approves the pending cancellation as the caller
    /// and publishes the CAP Cancel in the same write. 200; 403 <c>same-person-cannot-approve</c> (the caller
    /// proposed the cancellation) or <c>approver-role-required</c>; 404; 409 <c>no-cancellation-pending</c>.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> ApproveCancellationAsync(
        Guid id, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.ApproveCancellationAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/decisions/{id}/cancel/reject</c> with <c>{"reason": "..."}</c>: refuses the pending
    /// cancellation; the decision stays in force. 200; 403 <c>approver-role-required</c>; 404; 409
    /// <c>no-cancellation-pending</c>; 422 <c>reason-required</c>, <c>text-too-long</c>, <c>text-invalid-character</c>.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> RejectCancellationAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.RejectCancellationAsync(id, user.Identity!.Name!, request.Reason ?? string.Empty, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/decisions/{id}/cancel/withdraw</c>: the proposer of the pending cancellation
    /// withdraws it alone (it never came into force). 200; 403 <c>not-cancellation-proposer</c>; 404; 409
    /// <c>no-cancellation-pending</c>.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> WithdrawCancellationAsync(
        Guid id, ClaimsPrincipal user, PlanDecisions plan, CancellationToken cancellationToken) =>
        await ReplyAsync(plan, await plan.WithdrawCancellationAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>GET /api/v1/decisions[?scheme=ID]</c>: every decision (exercises included, marked), in
    /// proposal order, with events, evidence grades and messages.</summary>
    private static async Task<Ok<IReadOnlyList<DecisionView>>> ListAsync(string? scheme, PlanDecisions plan, CancellationToken cancellationToken)
    {
        var views = new List<DecisionView>();
        foreach (var decision in await plan.ListAsync(scheme, cancellationToken))
        {
            views.Add(await ViewAsync(plan, decision, cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<DecisionView>>(views);
    }

    /// <summary><c>GET /api/v1/decisions/{id}</c>: the decision with its events, evidence grades and CAP
    /// messages; 404 <c>decision-not-found</c>.</summary>
    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> GetAsync(Guid id, PlanDecisions plan, CancellationToken cancellationToken) =>
        await plan.FindAsync(id, cancellationToken) is { } decision
            ? TypedResults.Ok(await ViewAsync(plan, decision, cancellationToken))
            : Problems.For(Storage.Plan.PlanStoreErrors.DecisionNotFound(id));

    /// <summary><c>GET /api/v1/decisions/overdue[?at=TIME]</c>: decisions in force at the time (now by
    /// default) whose review-by time has passed, live and exercise tracks, in start order.</summary>
    private static async Task<Ok<IReadOnlyList<DecisionView>>> OverdueAsync(DateTimeOffset? at, PlanDecisions plan, CancellationToken cancellationToken)
    {
        var when = at ?? plan.Now();
        var views = new List<DecisionView>();
        foreach (var scheme in plan.Catalogue.Schemes)
        {
            foreach (var track in Enum.GetValues<DecisionTrack>())
            {
                var state = await plan.StateAsync(scheme.Id, track, cancellationToken);
                foreach (var decision in state!.OverdueForReview(when))
                {
                    views.Add(await ViewAsync(plan, decision, cancellationToken, overdue: true));
                }
            }
        }

        return TypedResults.Ok<IReadOnlyList<DecisionView>>(views);
    }

    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> ReplyAsync(PlanDecisions plan, Core.Result<Decision> result, CancellationToken cancellationToken) =>
        result.IsSuccess ? TypedResults.Ok(await ViewAsync(plan, result.Value, cancellationToken)) : Problems.For(result.Error);

    private static Task<DecisionView> ViewAsync(PlanDecisions plan, Decision decision, CancellationToken cancellationToken, bool? overdue = null) =>
        DecisionViews.OfAsync(plan, decision, cancellationToken, overdue);
}
