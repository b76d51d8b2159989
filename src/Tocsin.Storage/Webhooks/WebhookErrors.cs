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
}
