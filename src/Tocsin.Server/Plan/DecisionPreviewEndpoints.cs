using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Principals;
using Tocsin.Server.Classification;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Plan;

/// <summary>Previews of what approval would publish, for staff only; nothing is written, so nothing is audited.</summary>
public static class DecisionPreviewEndpoints
{
    /// <summary>Maps <c>POST /api/v1/decisions/preview</c> and <c>GET /api/v1/decisions/{id}/preview</c>.</summary>
    public static IEndpointRouteBuilder MapDecisionPreviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/decisions").WithTags("Decisions").RequireStaff();
        group.MapPost("/preview", PreviewProposalAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapGet("/{id:guid}/preview", PreviewPendingAsync);
        return endpoints;
    }

    /// <summary><c>POST /api/v1/decisions/preview</c> with the body of <c>POST /api/v1/decisions</c>: the CAP message,
    /// public status and <c>warnings</c> approving it now would give, checked exactly as a proposal is. 200; 403
    /// <c>proposer-role-required</c>; 422 for any content a proposal would refuse. The decision id, and so the
    /// message identifier, is assigned only when the proposal is submitted.</summary>
    private static async Task<Results<Ok<DecisionPreview>, ProblemHttpResult>> PreviewProposalAsync(
        ProposeRequest request, ClaimsPrincipal user, DecisionPreviews previews, CitedEvidence cited, CancellationToken cancellationToken)
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

        var preview = await previews.OfProposalAsync(proposal.Value, user.Identity!.Name!, cancellationToken);
        return preview.IsSuccess ? TypedResults.Ok(preview.Value) : Problems.For(preview.Error);
    }

    /// <summary><c>GET /api/v1/decisions/{id}/preview</c>: for a pending decision, the CAP message approving it now
    /// would publish (byte for byte, signed as published), the public status after and the <c>warnings</c> of every
    /// territory whose level approval would not change, or where it would end or leave in force another decision
    /// (docs/alert-plan.md); for an approved decision whose
    /// cancellation is pending, the CAP Cancel approving the cancellation would publish. 200; 404
    /// <c>decision-not-found</c>; 409 <c>not-pending</c>, <c>already-approved</c>, <c>already-expired</c>.</summary>
    private static async Task<Results<Ok<DecisionPreview>, ProblemHttpResult>> PreviewPendingAsync(
        Guid id, DecisionPreviews previews, CancellationToken cancellationToken)
    {
        var preview = await previews.OfPendingAsync(id, cancellationToken);
        return preview.IsSuccess ? TypedResults.Ok(preview.Value) : Problems.For(preview.Error);
    }
}
