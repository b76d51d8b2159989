using System.Text.Json.Nodes;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Webhooks;

/// <summary>A <c>webhook_subscribers</c> row as every engine stores it: territories space-separated,
/// the exercises flag as 0/1, times in microseconds since the Unix epoch.</summary>
internal sealed record SubscriberRow(string Id, string Name, string Url, string TerritoryIds, long Exercises, byte[] Secret, long CreatedAt, long? DisabledAt,
    string Sectors, string Groups, string? PartnerId, string? PartnerName, string? PartnerSectors, string? PartnerGroups)
{
    /// <summary>The row that stores <paramref name="subscriber"/>, created at <paramref name="createdAt"/>.</summary>
    public static SubscriberRow Of(Subscriber subscriber, long createdAt)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return new(subscriber.Id.ToString("D"), subscriber.Name, subscriber.Url, string.Join(' ', subscriber.TerritoryIds),
            subscriber.Exercises ? 1 : 0, subscriber.EncryptedSecret.ToArray(), createdAt, null, string.Join(' ', subscriber.Sectors),
            string.Join(' ', subscriber.Groups), subscriber.PartnerId?.ToString("D"), subscriber.PartnerName, null, null);
    }

    public Subscriber ToSubscriber() => new(
        Guid.Parse(Id),
        Name,
        Url,
        TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Exercises != 0,
        Secret,
        new DateAddedStamp(CreatedAt).Instant,
        DisabledAt is { } disabled ? new DateAddedStamp(disabled).Instant : null)
    {
        // A subscriber delivering for a partner is addressed by the partner's terms, not its own.
        Sectors = (PartnerId is null ? Sectors : PartnerSectors ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Groups = (PartnerId is null ? Groups : PartnerGroups ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        PartnerId = PartnerId is null ? null : Guid.Parse(PartnerId),
        PartnerName = PartnerName,
    };

    /// <summary>The audit entry of adding this subscriber; the secret is never logged.</summary>
    public AuditRecord AuditOfAdd() => AuditRecord.Of(AuditActions.SubscriberAdd, Id, new JsonObject
    {
        ["name"] = Name,
        ["url"] = Url,
        ["territories"] = TerritoryIds,
        ["exercises"] = Exercises != 0,
        ["sectors"] = Sectors,
        ["groups"] = Groups,
        ["partner"] = PartnerName,
    });
}
