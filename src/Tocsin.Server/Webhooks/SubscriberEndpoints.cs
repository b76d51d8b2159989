using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Api.Contract;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>Webhook subscribers, for administrators.</summary>
public static class SubscriberEndpoints
{
    /// <summary>Maps, all for the <c>admin</c> role (401 without credentials, 403 without the role):
    /// <c>POST /api/v1/subscribers</c> — body <c>{"name", "url", "territories": [...], "exercises": bool, "sectors": [...], "groups": [...]}</c>; 201
    /// with the subscriber and its <c>secret</c>, shown this once; 400 for malformed JSON, a URL that is not
    /// http(s), carries user information or targets loopback/private addresses not allow-listed, or an unknown
    /// territory, sector or recipient group; 409 for a taken name. <c>GET /api/v1/subscribers</c> — the active subscribers, never their
    /// secrets. <c>DELETE /api/v1/subscribers/{id}</c> — 204; the subscriber receives nothing more and its
    /// pending deliveries become dead letters; 404 when unknown.</summary>
    public static IEndpointRouteBuilder MapSubscriberEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/subscribers").WithTags("Publication").RequireStaff(Role.Admin);
        group.MapPost("/", AddAsync).Accepts<SubscriberRequest>("application/json");
        group.MapGet("/", ListAsync);
        group.MapDelete("/{id:guid}", RemoveAsync);
        endpoints.MapSubscriberDeliveryEndpoints();
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<SubscriberResponse>, ProblemHttpResult>> AddAsync(
        HttpRequest request, SubscriberRegistration registration, CancellationToken cancellationToken)
    {
        SubscriberRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SubscriberRequest>(request.Body, WebhookJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Problems.For(new Error("body-invalid", $"The body is not a JSON subscriber: {ex.Message}"));
        }

        if (body is null)
        {
            return Problems.For(new Error("body-invalid", "The body must be a JSON object."));
        }

        if (RequestBodyContract.FirstMissing(body) is { } missing)
        {
            return Problems.For(RequiredFieldsFilter.Missing(missing));
        }

        var added = await registration.AddAsync(body, cancellationToken);
        return added.IsSuccess
            ? TypedResults.Json(SubscriberResponse.Of(added.Value.Subscriber, added.Value.Secret), WebhookJson.Options, statusCode: StatusCodes.Status201Created)
            : Problems.For(added.Error);
    }

    private static async Task<JsonHttpResult<IReadOnlyList<SubscriberResponse>>> ListAsync(ITocsinStore store, CancellationToken cancellationToken)
    {
        var subscribers = await store.Webhooks.ListSubscribersAsync(includeDisabled: false, cancellationToken);
        return TypedResults.Json<IReadOnlyList<SubscriberResponse>>([.. subscribers.Select(s => SubscriberResponse.Of(s, null))], WebhookJson.Options);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, ITocsinStore store, CancellationToken cancellationToken)
    {
        var removed = await store.Webhooks.DisableSubscriberAsync(id, cancellationToken);
        return removed.IsSuccess ? TypedResults.NoContent() : Problems.For(removed.Error);
    }

    /// <summary>A subscriber on the wire; <see cref="Secret"/> only in the answer that created it.</summary>
    public sealed record SubscriberResponse(Guid Id, string Name, string Url, IReadOnlyList<string> Territories, bool Exercises, DateTimeOffset Created, string? Secret,
        IReadOnlyList<string> Sectors, IReadOnlyList<string> Groups)
    {
        /// <summary>The partner it delivers for (its sectors and groups are then the partner's), or null.</summary>
        public string? Partner { get; init; }

        internal static SubscriberResponse Of(Subscriber s, string? secret) =>
            new(s.Id, s.Name, s.Url, s.TerritoryIds, s.Exercises, s.CreatedAt, secret, s.Sectors, s.Groups) { Partner = s.PartnerName };
    }
}
