using System.Text.Json.Nodes;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Webhooks;

/// <summary>The audit entries of webhook changes that are not a row of their own. Delivery attempts are
/// operational and never audited; only subscribers, acknowledgements and an administrator's retry of a dead letter are.</summary>
internal static class WebhookAudit
{
    public static AuditRecord Disabled(string subscriberId) => AuditRecord.Of(AuditActions.SubscriberDisable, subscriberId);

    /// <summary>A subscriber's sectors and recipient groups were set (the whole new lists).</summary>
    public static AuditRecord RecipientTermsSet(string subscriberId, string sectors, string groups) =>
        AuditRecord.Of(AuditActions.SubscriberRecipient, subscriberId, new JsonObject { ["sectors"] = sectors, ["groups"] = groups });

    /// <summary>The first acknowledgement of a message by a subscriber (later ones change nothing).</summary>
    public static AuditRecord Acknowledged(string subscriberId, string publicationIdentifier, long sequence) =>
        AuditRecord.Of(AuditActions.SubscriberAcknowledge, subscriberId,
            new JsonObject { ["publication"] = publicationIdentifier, ["sequence"] = sequence });

    /// <summary>An administrator put a dead letter back in the outbox (attempts before it: how many had failed).</summary>
    public static AuditRecord Retried(string subscriberId, string deliveryId, string publicationIdentifier, int attemptsBefore) =>
        AuditRecord.Of(AuditActions.SubscriberRetry, subscriberId,
            new JsonObject { ["delivery"] = deliveryId, ["publication"] = publicationIdentifier, ["attempts"] = attemptsBefore });
}
