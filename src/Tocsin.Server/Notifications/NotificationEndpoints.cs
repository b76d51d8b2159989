using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Plan;
using Tocsin.Storage;
using Tocsin.Storage.Notifications;
using Tocsin.Storage.Plan;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Notifications;

/// <summary>Who was told about a decision, and which subscribers have not acknowledged it: for approvers, watch
/// officers and administrators (401 without credentials, 403 otherwise).</summary>
public static class NotificationEndpoints
{
    /// <summary>Maps <c>GET /api/v1/decisions/{id}/notifications</c> and <c>GET /api/v1/decisions/{id}/unacknowledged</c>.</summary>
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/decisions").WithTags("Decisions").RequireStaff(Role.Approver, Role.WatchOfficer, Role.Admin);
        group.MapGet("/{id:guid}/notifications", NotificationsAsync);
        group.MapGet("/{id:guid}/unacknowledged", UnacknowledgedAsync);
        return endpoints;
    }

    /// <summary><c>GET /api/v1/decisions/{id}/notifications</c>: every e-mail and on-call notification about the
    /// decision, oldest first, with its state (pending, delivered, dead), attempts and last error. 404
    /// <c>decision-not-found</c>.</summary>
    private static async Task<Results<Ok<IReadOnlyList<NotificationView>>, ProblemHttpResult>> NotificationsAsync(
        Guid id, ITocsinStore store, CancellationToken cancellationToken)
    {
        if (await store.Plan.FindAsync(id, cancellationToken) is null)
        {
            return Problems.For(PlanStoreErrors.DecisionNotFound(id));
        }

        var list = await store.Notifications.ForDecisionAsync(id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<NotificationView>>([.. list.Select(NotificationView.From)]);
    }

    /// <summary><c>GET /api/v1/decisions/{id}/unacknowledged</c>: subscribers sent the decision's message longer ago than
    /// <c>Tocsin:Notifications:AcknowledgeWithin</c> that have acknowledged none of its messages (these are escalated
    /// once each). 404 <c>decision-not-found</c>.</summary>
    private static async Task<Results<Ok<IReadOnlyList<UnacknowledgedDelivery>>, ProblemHttpResult>> UnacknowledgedAsync(
        Guid id, ITocsinStore store, PlanDecisions plan, IOptions<NotificationOptions> options, CancellationToken cancellationToken)
    {
        if (await store.Plan.FindAsync(id, cancellationToken) is null)
        {
            return Problems.For(PlanStoreErrors.DecisionNotFound(id));
        }

        var silent = await store.Notifications.UnacknowledgedAsync(plan.Now() - options.Value.AcknowledgeWithin, id, unescalatedOnly: false, cancellationToken);
        return TypedResults.Ok(silent);
    }

    /// <summary>One notification as the API shows it.</summary>
    /// <param name="Id">Its id (the webhook-id and Message-ID).</param>
    /// <param name="Channel"><c>email</c> or <c>webhook</c>.</param>
    /// <param name="Kind"><c>proposed</c>, <c>cancellation-proposed</c> or <c>unacknowledged</c>.</param>
    /// <param name="Subject">Its one line.</param>
    /// <param name="State"><c>pending</c>, <c>delivered</c> or <c>dead</c>.</param>
    /// <param name="Attempts">Attempts made.</param>
    /// <param name="LastError">The last failure.</param>
    /// <param name="CreatedAt">Queued at (UTC).</param>
    /// <param name="DeliveredAt">Delivered at (UTC).</param>
    public sealed record NotificationView(Guid Id, string Channel, string Kind, string Subject, string State, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt)
    {
        internal static NotificationView From(NotificationStatus status) => new(status.Id,
            status.Channel == NotificationChannel.Email ? "email" : "webhook",
            status.Kind switch
            {
                NotificationKind.Proposed => "proposed",
                NotificationKind.CancellationProposed => "cancellation-proposed",
                NotificationKind.Unacknowledged => "unacknowledged",
            },
            status.Subject,
            status.State switch
            {
                DeliveryState.Pending => "pending",
                DeliveryState.Delivered => "delivered",
                DeliveryState.Dead => "dead",
            },
            status.Attempts, status.LastError, status.CreatedAt, status.DeliveredAt);
    }
}
