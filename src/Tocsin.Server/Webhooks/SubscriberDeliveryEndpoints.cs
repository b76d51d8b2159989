using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Webhooks;

/// <summary>One subscriber, its delivery history and its dead letters, for administrators (docs/webhooks.md): 401 without
/// credentials, 403 problem for anyone but an administrator, 404 problem for an unknown subscriber or delivery.</summary>
public static class SubscriberDeliveryEndpoints
{
    /// <summary>Maps <c>GET /api/v1/subscribers/{id}</c>, <c>GET /api/v1/subscribers/{id}/deliveries</c>,
    /// <c>GET /api/v1/subscribers/{id}/deliveries/{deliveryId}</c> and
    /// <c>POST /api/v1/subscribers/{id}/deliveries/{deliveryId}/retry</c>.</summary>
    public static IEndpointRouteBuilder MapSubscriberDeliveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/subscribers/{id:guid}").WithTags("Publication").RequireStaff(Role.Admin);
        group.MapGet("/", DetailsAsync).WithSummary("Show a subscriber with its deliveries counted by state")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/deliveries", ListAsync).WithSummary("List a subscriber's deliveries, newest first")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/deliveries/{deliveryId:guid}", DeliveryAsync).WithSummary("Show one delivery with its attempts")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/deliveries/{deliveryId:guid}/retry", RetryAsync).WithSummary("Retry a dead letter with the same webhook-id")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    /// <summary>The subscriber, removed or not, never its secret, with <c>removed_at</c> and its deliveries counted as
    /// <c>{"pending", "delivered", "dead"}</c>.</summary>
    private static async Task<Results<JsonHttpResult<SubscriberDetailsResponse>, ProblemHttpResult>> DetailsAsync(Guid id,
        SubscriberDeliveries deliveries, CancellationToken cancellationToken)
    {
        var found = await deliveries.DetailsAsync(id, cancellationToken);
        return found.IsSuccess
            ? TypedResults.Json(SubscriberDetailsResponse.Of(found.Value.Subscriber, found.Value.Counts), WebhookJson.Options)
            : Problems.For(found.Error);
    }

    /// <summary>One page, newest first. <c>state</c> (<c>pending</c>, <c>delivered</c>, <c>dead</c>: the dead letters),
    /// <c>limit</c> (1–200, 50 by default) and <c>next</c> (the cursor of the page before) are optional; a bad one is a
    /// 400 problem <c>delivery-filter-invalid</c>.</summary>
    private static async Task<Results<JsonHttpResult<SubscriberDeliveryPage>, ProblemHttpResult>> ListAsync(Guid id,
        SubscriberDeliveries deliveries, [FromQuery] string? state, [FromQuery] string? limit, [FromQuery] string? next,
        CancellationToken cancellationToken)
    {
        var filter = DeliveryFilter.Parse(state, limit, next);
        if (!filter.IsSuccess)
        {
            return Problems.For(filter.Error);
        }

        var page = await deliveries.PageAsync(id, filter.Value, cancellationToken);
        return page.IsSuccess ? TypedResults.Json(page.Value, WebhookJson.Options) : Problems.For(page.Error);
    }

    /// <summary>The delivery and its attempts (<c>number</c>, <c>attempted_at</c>, <c>outcome</c>, <c>status_code</c>, <c>error</c>).</summary>
    private static async Task<Results<JsonHttpResult<DeliveryDetailsResponse>, ProblemHttpResult>> DeliveryAsync(Guid id, Guid deliveryId,
        SubscriberDeliveries deliveries, CancellationToken cancellationToken)
    {
        var found = await deliveries.DeliveryAsync(id, deliveryId, cancellationToken);
        return found.IsSuccess ? TypedResults.Json(found.Value, WebhookJson.Options) : Problems.For(found.Error);
    }

    /// <summary>202: the dead letter is pending again, due now, attempts back at 0, sent with the same <c>webhook-id</c>;
    /// a repeat before its next attempt is 202 too with <c>already_queued: true</c> and changes nothing. 409 problem
    /// <c>delivery-not-dead</c> (only a dead letter is retried), <c>delivery-acknowledged</c> (the subscriber has it) or
    /// <c>subscriber-removed</c>; 404 <c>subscriber-not-found</c> or <c>delivery-not-found</c>.</summary>
    private static async Task<Results<JsonHttpResult<RetryResponse>, ProblemHttpResult>> RetryAsync(Guid id, Guid deliveryId,
        SubscriberDeliveries deliveries, CancellationToken cancellationToken)
    {
        var retried = await deliveries.RetryAsync(id, deliveryId, cancellationToken);
        return retried.IsSuccess
            ? TypedResults.Json(retried.Value, WebhookJson.Options, statusCode: StatusCodes.Status202Accepted)
            : Problems.For(retried.Error);
    }
}
