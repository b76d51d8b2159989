namespace Tocsin.Storage.Webhooks;

/// <summary>A webhook subscriber: where its messages go and which ones it wants.</summary>
/// <param name="Id">UUID chosen by the caller before insert (the secret's encryption binds to it).</param>
/// <param name="Name">Unique name (principal-name rules: 1–64 of <c>[A-Za-z0-9._@-]</c>).</param>
/// <param name="Url">The target URL, already checked against the target policy by the caller.</param>
/// <param name="TerritoryIds">Territories of interest; empty means every message.</param>
/// <param name="Exercises">Opted in to Exercise and Test messages.</param>
/// <param name="EncryptedSecret">The signing secret, encrypted by the caller; the store never sees it in clear.</param>
/// <param name="CreatedAt">Set by the store on insert.</param>
/// <param name="DisabledAt">When it was removed; a disabled subscriber receives nothing more, its history stays.</param>
public sealed record Subscriber(
    Guid Id,
    string Name,
    string Url,
    IReadOnlyList<string> TerritoryIds,
    bool Exercises,
    ReadOnlyMemory<byte> EncryptedSecret,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt)
{
    /// <summary>Sector ids the subscriber belongs to (<c>RecipientTerms.Sectors</c>), checked by the caller.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Recipient group ids the subscriber belongs to (<c>RecipientTerms.Groups</c>), checked by the caller.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>The partner principal it delivers for, or null. When set, the store reads <see cref="Sectors"/> and
    /// <see cref="Groups"/> from the partner's profile, so that measures are addressed by the partner's terms.</summary>
    public Guid? PartnerId { get; init; }

    /// <summary>The name of the partner it delivers for, as read back by the store; null when none.</summary>
    public string? PartnerName { get; init; }
}
