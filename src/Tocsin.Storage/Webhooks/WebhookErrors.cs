using Tocsin.Core;

namespace Tocsin.Storage.Webhooks;

/// <summary>The refusals of <see cref="IWebhookStore"/>, worded once for every engine.</summary>
internal static class WebhookErrors
{
    public static Error SubscriberNameInvalid(string name) =>
        new("subscriber-name-invalid", $"'{name}' is not a valid subscriber name: 1 to 64 letters, digits, '.', '_', '@' or '-'.");

    public static Error SubscriberIdTaken(string id) => new("subscriber-id-taken", $"A subscriber with id {id} exists.");

    public static Error SubscriberNameTaken(string name) => new("subscriber-name-taken", $"A subscriber named '{name}' exists.");

    public static Error SubscriberNotFound(string id) => new("subscriber-not-found", $"No active subscriber has id {id}.");

    /// <summary>Sectors and groups set on a subscriber that delivers for a partner: it is addressed by the partner's.</summary>
    public static Error TermsFromPartner(string id, string partner) => new("subscriber-terms-from-partner",
        $"Subscriber {id} delivers for partner '{partner}' and is addressed by the partner's sectors and groups: set them on the partner (PATCH /api/v1/partners/{partner}).");

    public static Error DeliveryNotFound(string publicationIdentifier) =>
        new("delivery-not-found", $"Message '{publicationIdentifier}' was not addressed to this subscriber.");

    /// <summary>No delivery with that id belongs to the subscriber.</summary>
    public static Error DeliveryUnknown(string subscriberId, string deliveryId) =>
        new("delivery-not-found", $"Subscriber {subscriberId} has no delivery {deliveryId}.");

    /// <summary>Only a dead letter can be retried: a pending delivery is still being tried, a delivered one arrived.</summary>
    public static Error DeliveryNotDead(string deliveryId, DeliveryState state) =>
        new("delivery-not-dead", $"Delivery {deliveryId} is {DeliveryStateNames.Of(state)}; only a dead letter can be retried.") { Kind = ErrorKind.Conflict };

    /// <summary>The subscriber acknowledged the message already: it has it, so nothing is sent again.</summary>
    public static Error DeliveryAcknowledged(string deliveryId) =>
        new("delivery-acknowledged", $"The message of delivery {deliveryId} was acknowledged by the subscriber; it is not sent again.") { Kind = ErrorKind.Conflict };

    /// <summary>A removed subscriber receives nothing more, retries included.</summary>
    public static Error SubscriberRemoved(string subscriberId) =>
        new("subscriber-removed", $"Subscriber {subscriberId} was removed; it receives nothing more, so its dead letters cannot be retried.") { Kind = ErrorKind.Conflict };
}
