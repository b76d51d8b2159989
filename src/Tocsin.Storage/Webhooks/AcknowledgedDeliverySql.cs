namespace Tocsin.Storage.Webhooks;

/// <summary>What recording an acknowledgement does to the delivery it acknowledges, in the same transaction, on both
/// engines: a pending delivery becomes delivered and loses its claim. The subscriber has the message — it says so — even
/// when the process that sent it died before recording the 2xx; without this, the expired lease would have it sent
/// again after the acknowledgement (docs/crash-consistency.md).</summary>
internal static class AcknowledgedDeliverySql
{
    /// <summary>Settles the delivery of publication <c>@sequence</c> to <c>@subscriber</c> at <c>@now</c>.</summary>
    public const string SettlePublication = """
        UPDATE webhook_deliveries SET state = 'delivered', delivered_at = COALESCE(delivered_at, @now), claimed_until = NULL, claim_token = NULL
        WHERE publication_sequence = @sequence AND subscriber_id = @subscriber AND state = 'pending'
        """;

    /// <summary>Settles the delivery of posture message <c>@id</c> to <c>@subscriber</c> at <c>@now</c>.</summary>
    public const string SettlePostureMessage = """
        UPDATE webhook_deliveries SET state = 'delivered', delivered_at = COALESCE(delivered_at, @now), claimed_until = NULL, claim_token = NULL
        WHERE message_id = @id AND subscriber_id = @subscriber AND state = 'pending'
        """;
}
