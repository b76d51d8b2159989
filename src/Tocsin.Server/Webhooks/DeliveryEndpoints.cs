using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>Who received a message and who acknowledged it, for approvers, watch officers and administrators.</summary>
public static class DeliveryEndpoints
{
    /// <summary>Maps <c>GET /api/v1/publications/{identifier}/deliveries</c> (404 for an unknown message) and
    /// <c>GET /api/v1/decisions/{id}/deliveries</c> (every message of the decision, oldest first; an empty list
    /// when none was published). Each delivery: subscriber id and name, state (pending, delivered, dead),
    /// attempts, last HTTP status and error, delivered_at and acknowledged_at (UTC). 401 without credentials,
    /// 403 without the approver, watch-officer or admin role.</summary>
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/publications/{identifier}/deliveries", ForPublicationAsync)
            .WithTags("Publication").RequireStaff(Role.Approver, Role.WatchOfficer, Role.Admin);
        endpoints.MapGet("/api/v1/decisions/{id:guid}/deliveries", ForDecisionAsync)
            .WithTags("Publication").RequireStaff(Role.Approver, Role.WatchOfficer, Role.Admin);
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<PublicationDeliveries>, ProblemHttpResult>> ForPublicationAsync(
        string identifier, ITocsinStore store, CancellationToken cancellationToken)
    {
        var publication = await store.Publications.FindAsync(identifier, cancellationToken);
        return publication is null
            ? Problems.For(new Error("publication-not-found", $"No message has identifier '{identifier}'."))
            : TypedResults.Json(await DeliveriesOfAsync(store, publication, cancellationToken), WebhookJson.Options);
    }

    private static async Task<JsonHttpResult<IReadOnlyList<PublicationDeliveries>>> ForDecisionAsync(Guid id, ITocsinStore store, CancellationToken cancellationToken)
    {
        var result = new List<PublicationDeliveries>();
        foreach (var publication in await store.Publications.ForDecisionAsync(id, cancellationToken))
        {
            result.Add(await DeliveriesOfAsync(store, publication, cancellationToken));
        }

        return TypedResults.Json<IReadOnlyList<PublicationDeliveries>>(result, WebhookJson.Options);
    }

    private static async Task<PublicationDeliveries> DeliveriesOfAsync(ITocsinStore store, Publication publication, CancellationToken cancellationToken)
    {
        var deliveries = await store.Webhooks.DeliveriesAsync(publication.Sequence, cancellationToken);
        return new PublicationDeliveries(publication.Identifier, publication.DecisionId,
            deliveries.Count(d => d.State == DeliveryState.Delivered), deliveries.Count(d => d.AcknowledgedAt is not null),
            [.. deliveries.Select(d => new DeliveryResponse(d.SubscriberId, d.SubscriberName, StateName(d.State), d.Attempts, d.LastStatusCode, d.LastError, d.DeliveredAt, d.AcknowledgedAt))]);
    }

    private static string StateName(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "pending",
        DeliveryState.Delivered => "delivered",
        DeliveryState.Dead => "dead",
    };

    /// <summary>A message with where it stands for each subscriber it was addressed to.</summary>
    public sealed record PublicationDeliveries(string Identifier, Guid? DecisionId, int Delivered, int Acknowledged, IReadOnlyList<DeliveryResponse> Deliveries);

    /// <summary>One subscriber's delivery of a message.</summary>
    public sealed record DeliveryResponse(Guid SubscriberId, string Subscriber, string State, int Attempts, int? LastStatus, string? LastError,
        DateTimeOffset? DeliveredAt, DateTimeOffset? AcknowledgedAt);
}
