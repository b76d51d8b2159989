namespace Tocsin.Storage.Recipients;

/// <summary>A <c>posture_messages</c> row as read back.</summary>
internal sealed record PostureMessageRow(string Id, string PostureId, string SubscriberId, string Kind, long? ChangeSequence, string MeasureIds,
    byte[] Body, long CreatedAt, long? AcknowledgedAt)
{
    public PostureMessage ToMessage() => new(Guid.Parse(Id), Guid.Parse(PostureId), Guid.Parse(SubscriberId), ParseKind(Kind), ChangeSequence,
        MeasureIds.Split(' ', StringSplitOptions.RemoveEmptyEntries), Body, new DateAddedStamp(CreatedAt).Instant,
        AcknowledgedAt is { } at ? new DateAddedStamp(at).Instant : null);

    private static PostureMessageKind ParseKind(string kind) => kind switch
    {
        "approved" => PostureMessageKind.Approved,
        "cancelled" => PostureMessageKind.Cancelled,
        "reminder" => PostureMessageKind.Reminder,
        _ => throw new InvalidOperationException($"Stored posture message kind '{kind}' is unknown."),
    };
}
