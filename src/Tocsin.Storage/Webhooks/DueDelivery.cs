namespace Tocsin.Storage.Webhooks;

/// <summary>A delivery claimed by one dispatcher until its lease ends, with what sending it needs.</summary>
/// <param name="Id">The delivery id: the <c>webhook-id</c>, the same on every attempt.</param>
/// <param name="ClaimToken">Proves the claim when the attempt is recorded; a claim that expired and was
/// taken by another dispatcher no longer matches.</param>
/// <param name="PublicationSequence">The CAP message's sequence; 0 for a posture message.</param>
/// <param name="PublicationIdentifier">The CAP message's identifier, or the posture message's id.</param>
/// <param name="SubscriberId">The subscriber.</param>
/// <param name="Url">The subscriber's URL.</param>
/// <param name="EncryptedSecret">The subscriber's encrypted secret.</param>
/// <param name="Attempts">Attempts made before this one.</param>
/// <param name="Body">The CAP XML bytes, or the posture message's JSON, as stored.</param>
public sealed record DueDelivery(
    Guid Id,
    Guid ClaimToken,
    long PublicationSequence,
    string PublicationIdentifier,
    Guid SubscriberId,
    string Url,
    ReadOnlyMemory<byte> EncryptedSecret,
    int Attempts,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>The posture message this delivery carries (<c>Recipients.PostureMessage</c>); null for a CAP message.</summary>
    public Guid? PostureMessageId { get; init; }
}
