namespace Tocsin.Storage.Webhooks;

/// <summary>A claimed delivery as read back with its subscriber and message.</summary>
internal sealed record DueDeliveryRow(string Id, string ClaimToken, long PublicationSequence, string PublicationIdentifier, string SubscriberId,
    string Url, byte[] Secret, long Attempts, byte[] Body, string? MessageId)
{
    /// <summary>The lease as stored: microseconds added to the claim time in <c>claimed_until</c>.</summary>
    public static long LeaseMicros(TimeSpan lease) => (long)(lease.TotalMilliseconds * 1000);

    public DueDelivery ToDelivery() => new(Guid.Parse(Id), Guid.Parse(ClaimToken), PublicationSequence, PublicationIdentifier,
        Guid.Parse(SubscriberId), Url, Secret, (int)Attempts, Body)
    {
        PostureMessageId = MessageId is { } message ? Guid.Parse(message) : null,
    };
}
