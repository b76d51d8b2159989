namespace Tocsin.Storage.Recipients;

/// <summary>One message about a posture to one recipient (a webhook subscriber), delivered through the webhook
/// outbox like a CAP message.</summary>
/// <param name="Id">Identifier, chosen by the caller: the identifier the recipient acknowledges.</param>
/// <param name="PostureId">The posture.</param>
/// <param name="SubscriberId">The recipient.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="ChangeSequence">The posture change it follows (<c>IPostureStore.ChangesAfterAsync</c>); null for a reminder.</param>
/// <param name="MeasureIds">The measures of the posture addressed to the recipient, those it may report on.</param>
/// <param name="Body">The JSON body, exactly as it is signed and sent.</param>
/// <param name="CreatedAt">Set by the store.</param>
/// <param name="AcknowledgedAt">When the recipient first acknowledged it.</param>
public sealed record PostureMessage(
    Guid Id,
    Guid PostureId,
    Guid SubscriberId,
    PostureMessageKind Kind,
    long? ChangeSequence,
    IReadOnlyList<string> MeasureIds,
    ReadOnlyMemory<byte> Body,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset? AcknowledgedAt = null);
