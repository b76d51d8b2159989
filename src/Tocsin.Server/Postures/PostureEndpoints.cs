using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Auth.Factors;
using Tocsin.Server.Plan;
using Tocsin.Storage.Plan;

namespace Tocsin.Server.Postures;

/// <summary>The postures API, for staff only (401 without credentials, 403 for a partner), except the measures in
/// force, which anyone may read: the public and partners see only public measures (<see cref="ReadAccess"/>). The
/// posture rules then check roles exactly as for decisions (proposing a posture or a cancellation: analyst or approver;
/// approving: approver, not the proposer; rejecting: approver; withdrawing: the proposer), refusing with 403. Every
/// refusal is a problem document and changes nothing; every change is on the audit log.</summary>
public static class PostureEndpoints
{
    /// <summary>Maps <c>/api/v1/postures</c>.</summary>
    public static IEndpointRouteBuilder MapPostureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/postures").WithTags("Postures").AllowAnonymous().MapGet("/in-force", InForceAsync);
        var group = endpoints.MapGroup("/api/v1/postures").WithTags("Postures").RequireStaff();
        group.MapPost("", ProposeAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapPost("/{id:guid}/approve", ApproveAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/reject", RejectAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/withdraw", WithdrawAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/cancel/approve", ApproveCancellationAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/cancel/reject", RejectCancellationAsync).WithMetadata(new StaffRoles([Role.Approver])).RequireRecentSecondFactor();
        group.MapPost("/{id:guid}/cancel/withdraw", WithdrawCancellationAsync).WithMetadata(new StaffRoles([Role.Analyst, Role.Approver]));
        group.MapGet("", ListAsync);
        group.MapGet("/history", HistoryAsync);
        group.MapGet("/default", Default);
        group.MapGet("/{id:guid}", GetAsync);
        return endpoints;
    }

    /// <summary><c>POST /api/v1/postures</c>: proposes a posture as the caller. 201 with the posture and its
    /// <c>Location</c>; 403 <c>proposer-role-required</c>; 422 for any invalid content (unknown scheme, level, territory
    /// or measure, missing title, measure outside the posture's territories or period, end before start, bad supersedes).</summary>
    private static async Task<Results<Created<PostureView>, ProblemHttpResult>> ProposeAsync(
        PostureRequest request, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken)
    {
        var proposed = await postures.ProposeAsync(request.ToProposal(), user.Identity!.Name!, cancellationToken);
        return proposed.IsSuccess
            ? TypedResults.Created($"/api/v1/postures/{proposed.Value.Id:D}", await ViewAsync(postures, proposed.Value, cancellationToken))
            : Problems.For(proposed.Error);
    }

    /// <summary><c>POST /api/v1/postures/{id}/approve</c>: approves as the caller. 200 with the posture; 403
    /// <c>same-person-cannot-approve</c> or <c>approver-role-required</c>; 404 <c>posture-not-found</c>; 409
    /// <c>already-approved</c>, <c>not-pending</c>, <c>already-expired</c>, <c>posture-changed</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> ApproveAsync(
        Guid id, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.ApproveAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/postures/{id}/reject</c> with <c>{"reason": "..."}</c>: 200; 403 <c>approver-role-required</c>;
    /// 404; 409 <c>not-pending</c>; 422 <c>reason-required</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> RejectAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.RejectAsync(id, user.Identity!.Name!, request.Reason, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/postures/{id}/withdraw</c>: the proposer withdraws a posture never approved. 200; 403
    /// <c>not-proposer</c>; 404; 409 <c>not-pending</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.WithdrawAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/postures/{id}/cancel</c> with <c>{"reason": "...", "effectiveAt": optional}</c>: proposes to
    /// cancel an approved posture; it stays in force until a different approver approves. 200 with its
    /// <c>pendingCancellation</c>; 403 <c>proposer-role-required</c>; 404; 409 <c>not-approved</c>, <c>cancellation-pending</c>;
    /// 422 <c>reason-required</c>, <c>cancellation-in-past</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> CancelAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.ProposeCancellationAsync(id, user.Identity!.Name!, request.Reason, request.EffectiveAt, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/postures/{id}/cancel/approve</c>: approves the pending cancellation. 200; 403
    /// <c>same-person-cannot-approve</c> or <c>approver-role-required</c>; 404; 409 <c>no-cancellation-pending</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> ApproveCancellationAsync(
        Guid id, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.ApproveCancellationAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/postures/{id}/cancel/reject</c> with <c>{"reason": "..."}</c>: refuses the pending
    /// cancellation. 200; 403 <c>approver-role-required</c>; 404; 409 <c>no-cancellation-pending</c>; 422 <c>reason-required</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> RejectCancellationAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.RejectCancellationAsync(id, user.Identity!.Name!, request.Reason, cancellationToken), cancellationToken);

    /// <summary><c>POST /api/v1/postures/{id}/cancel/withdraw</c>: its proposer withdraws the pending cancellation. 200;
    /// 403 <c>not-cancellation-proposer</c>; 404; 409 <c>no-cancellation-pending</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> WithdrawCancellationAsync(
        Guid id, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken) =>
        await ReplyAsync(postures, await postures.WithdrawCancellationAsync(id, user.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary><c>GET /api/v1/postures[?scheme=ID]</c>: every posture (exercises included, marked), in proposal order.</summary>
    private static async Task<Ok<IReadOnlyList<PostureView>>> ListAsync(string? scheme, PlanPostures postures, CancellationToken cancellationToken)
    {
        var names = await postures.PrincipalNamesAsync(cancellationToken);
        var all = await postures.ListAsync(scheme, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PostureView>>([.. all.Select(p => PostureView.From(p, postures.Catalogue, names))]);
    }

    /// <summary><c>GET /api/v1/postures/{id}</c>: the posture with its measures and events; 404 <c>posture-not-found</c>.</summary>
    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> GetAsync(Guid id, PlanPostures postures, CancellationToken cancellationToken) =>
        await postures.FindAsync(id, cancellationToken) is { } posture
            ? TypedResults.Ok(await ViewAsync(postures, posture, cancellationToken))
            : Problems.For(PostureStoreErrors.PostureNotFound(id));

    /// <summary><c>GET /api/v1/postures/in-force?territory=ID[&amp;at=TIME]</c>: the posture in force on the territory at
    /// the time (now by default) and the measures applying there, or the level's default measures when no posture is in
    /// force. Anyone may ask; restricted measures are listed only to staff. 200; 404 <c>unknown-territory</c>; 422
    /// <c>territory-required</c>.</summary>
    private static async Task<Results<Ok<MeasuresInForceView>, ProblemHttpResult>> InForceAsync(
        string? territory, DateTimeOffset? at, ClaimsPrincipal user, PlanPostures postures, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(territory))
        {
            return Problems.For(TerritoryRequired());
        }

        if (postures.SchemeOf(territory) is not { } scheme)
        {
            return Problems.NotFound(UnknownTerritory(territory));
        }

        var state = (await postures.StateAsync(scheme.Id, DecisionTrack.Live, cancellationToken))!;
        var inForce = state.MeasuresInForce(territory, (at ?? postures.Now()).ToUniversalTime(), publicOnly: !ReadAccess.Allows(user));
        return inForce.IsSuccess ? TypedResults.Ok(MeasuresInForceView.From(scheme.Id, inForce.Value)) : Problems.For(inForce.Error);
    }

    /// <summary><c>GET /api/v1/postures/history?territory=ID[&amp;from=TIME][&amp;to=TIME]</c>: the postures in force on
    /// the territory as contiguous segments; <c>to</c> defaults to now, <c>from</c> to a year before it. 200; 404
    /// <c>unknown-territory</c>; 422 <c>territory-required</c>, <c>timeline-range</c>.</summary>
    private static async Task<Results<Ok<PostureHistoryView>, ProblemHttpResult>> HistoryAsync(
        string? territory, DateTimeOffset? from, DateTimeOffset? to, PlanPostures postures, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(territory))
        {
            return Problems.For(TerritoryRequired());
        }

        if (postures.SchemeOf(territory) is not { } scheme)
        {
            return Problems.NotFound(UnknownTerritory(territory));
        }

        var end = (to ?? postures.Now()).ToUniversalTime();
        var start = (from ?? end.AddYears(-1)).ToUniversalTime();
        var state = (await postures.StateAsync(scheme.Id, DecisionTrack.Live, cancellationToken))!;
        var timeline = state.Timeline(territory, start, end);
        if (!timeline.IsSuccess)
        {
            return Problems.For(timeline.Error);
        }

        var titles = state.Periods.ToDictionary(p => p.Posture.Id, p => p.Posture.Titles);
        return TypedResults.Ok(new PostureHistoryView(scheme.Id, territory, start, end,
            [.. timeline.Value.Select(s => new PostureHistoryView.SegmentView(s.Start, s.End, s.PostureId, s.PostureId is { } id ? titles[id] : null))]));
    }

    /// <summary><c>GET /api/v1/postures/default?scheme=ID&amp;level=KEY</c>: the measures the level activates by default,
    /// the list a new posture starts from (restricted ones included). 200; 422 <c>unknown-scheme</c>, <c>unknown-level</c>.</summary>
    private static Results<Ok<IReadOnlyList<MeasuresInForceView.MeasureEntry>>, ProblemHttpResult> Default(string? scheme, string? level, PlanPostures postures)
    {
        var measures = postures.DefaultMeasures(scheme ?? "vigipirate", level ?? string.Empty);
        return measures.IsSuccess
            ? TypedResults.Ok<IReadOnlyList<MeasuresInForceView.MeasureEntry>>([.. measures.Value.Select(m => new MeasuresInForceView.MeasureEntry(m.Id, m.Domain, m.Titles, m.IsPublic))])
            : Problems.For(measures.Error);
    }

    private static Error TerritoryRequired() => new("territory-required", "The query parameter territory is required, e.g. territory=FRA-D75.");

    private static Error UnknownTerritory(string id) => new("unknown-territory", $"There is no territory '{id}'.");

    private static async Task<Results<Ok<PostureView>, ProblemHttpResult>> ReplyAsync(PlanPostures postures, Result<Posture> result, CancellationToken cancellationToken) =>
        result.IsSuccess ? TypedResults.Ok(await ViewAsync(postures, result.Value, cancellationToken)) : Problems.For(result.Error);

    private static async Task<PostureView> ViewAsync(PlanPostures postures, Posture posture, CancellationToken cancellationToken) =>
        PostureView.From(posture, postures.Catalogue, await postures.PrincipalNamesAsync(cancellationToken));
}
