using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Api;
using Tocsin.Server.Api.Contract;
using Tocsin.Server.Auth;
using Tocsin.Storage;

namespace Tocsin.Server.Webhooks;

/// <summary>Subscribers acknowledge the messages they received. The call is authenticated with the
/// subscriber's own webhook secret, in the same Standard Webhooks form Tocsin uses to sign deliveries: no
/// second credential to issue, store or rotate, and the subscriber already holds the code that computes it.</summary>
public static class AcknowledgementEndpoints
{
    /// <summary>Maps <c>POST /api/v1/acknowledgements</c>: body <c>{"subscriber": id, "identifier": CAP identifier or posture message id}</c>
    /// with headers <c>webhook-id</c> (any unique string), <c>webhook-timestamp</c> (Unix seconds, within 5 minutes)
    /// and <c>webhook-signature: v1,</c>base64(HMAC-SHA256(secret key, id.timestamp.body)). 200 with the time of
    /// the first acknowledgement (a repeat changes nothing); 400 for a malformed body; 401 when the subscriber is
    /// unknown or removed, or the signature does not verify; 404 when the message was never addressed to it.</summary>
    public static IEndpointRouteBuilder MapAcknowledgementEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Signed by the subscriber's secret, not sent with ambient credentials: a body without Content-Type is read as JSON.
        endpoints.MapPost("/api/v1/acknowledgements", AcknowledgeAsync).AllowAnonymous()
            .WithMetadata(new BodyMediaTypes(["application/json"]) { AllowsUnlabelled = true }).Accepts<AcknowledgementRequest>("application/json");
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<AcknowledgementResponse>, ProblemHttpResult>> AcknowledgeAsync(
        HttpRequest request, ITocsinStore store, WebhookSecretBox box, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        AcknowledgementRequest? ack;
        try
        {
            ack = JsonSerializer.Deserialize<AcknowledgementRequest>(body, WebhookJson.Options);
        }
        catch (JsonException ex)
        {
            return Problems.For(new Error("body-invalid", $"The body is not a JSON acknowledgement: {ex.Message}"));
        }

        if (RequestBodyContract.FirstMissing(ack) is { } missing)
        {
            return Problems.For(RequiredFieldsFilter.Missing(missing));
        }

        if (ack is not { Subscriber: { } subscriberId, Identifier: { Length: > 0 } identifier })
        {
            return Problems.For(new Error("body-invalid", "The body must be {\"subscriber\": id, \"identifier\": CAP identifier}."));
        }

        var subscriber = await store.Webhooks.FindSubscriberAsync(subscriberId, cancellationToken);
        if (subscriber is null || subscriber.DisabledAt is not null)
        {
            return Problems.For(new Error("subscriber-unknown", "Unknown or removed subscriber, or a signature that does not verify."));
        }

        var verified = WebhookSignature.Verify(box.Open(subscriber.Id, subscriber.EncryptedSecret.Span),
            request.Headers[WebhookSignature.IdHeader], request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader],
            body, clock.GetUtcNow(), WebhookSignature.DefaultTolerance);
        if (!verified.IsSuccess)
        {
            return Problems.For(verified.Error);
        }

        if (Guid.TryParse(identifier, out var postureMessage))
        {
            // A posture message is acknowledged by its id (the "message" of its body).
            var acknowledged = await store.Recipients.AcknowledgeAsync(subscriber.Id, postureMessage, cancellationToken);
            return acknowledged.IsSuccess
                ? TypedResults.Json(new AcknowledgementResponse(subscriber.Id, identifier, acknowledged.Value), WebhookJson.Options)
                : Problems.For(acknowledged.Error);
        }

        var recorded = await store.Webhooks.AcknowledgeAsync(subscriber.Id, identifier, cancellationToken);
        return recorded.IsSuccess
            ? TypedResults.Json(new AcknowledgementResponse(subscriber.Id, identifier, recorded.Value.AcknowledgedAt), WebhookJson.Options)
            : Problems.For(recorded.Error);
    }

    /// <summary>The body of an acknowledgement.</summary>
    [RequestExample("acknowledgement.json")]
    public sealed record AcknowledgementRequest([RequiredField] Guid? Subscriber, [RequiredField] string? Identifier);

    /// <summary>The answer: when the message was first acknowledged.</summary>
    public sealed record AcknowledgementResponse(Guid Subscriber, string Identifier, DateTimeOffset AcknowledgedAt);
}
