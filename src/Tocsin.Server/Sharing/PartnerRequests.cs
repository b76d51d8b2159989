using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Sharing;

/// <summary>Body of <c>POST /api/v1/partners</c>.</summary>
/// <remarks><c>sectors</c> and <c>groups</c> are recipient terms (docs/recipients.md) addressing the measures its subscribers receive.
/// <c>classificationCeiling</c> is the highest national classification level it may receive (docs/classification.md), the scale's lowest when absent.</remarks>
[RequestExample("partner.json")]
public sealed record AddPartnerRequest([RequiredField] string? Name, [RequiredField] string? Country, [RequiredField] string? Ceiling, IReadOnlyList<string>? Rel,
    IReadOnlyList<string>? RecipientOf, IReadOnlyList<string>? Sectors = null, IReadOnlyList<string>? Groups = null, string? ClassificationCeiling = null);

/// <summary>Body of <c>PATCH /api/v1/partners/{name}</c>: absent members keep their value; <c>rel</c> and
/// <c>recipientOf</c>, <c>sectors</c> and <c>groups</c> replace the lists when present.</summary>
[RequestExample("partner-update.json")]
public sealed record UpdatePartnerRequest(string? Country, string? Ceiling, IReadOnlyList<string>? Rel, IReadOnlyList<string>? RecipientOf,
    IReadOnlyList<string>? Sectors = null, IReadOnlyList<string>? Groups = null, string? ClassificationCeiling = null);

/// <summary>A partner as the API shows it (never a key secret).</summary>
public sealed record PartnerResponse(string Name, string Country, string Ceiling, IReadOnlyList<string> Rel, IReadOnlyList<string> RecipientOf,
    IReadOnlyList<PartnerKeyResponse> Keys)
{
    /// <summary>Sector ids the partner belongs to.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Recipient group ids the partner belongs to.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>The highest national classification level it may receive; null is the scale's lowest level.</summary>
    public string? ClassificationCeiling { get; init; }
}

/// <summary>One of a partner's API keys: when it expires (null: never) and when it was last used, to the minute (null: never).</summary>
public sealed record PartnerKeyResponse(string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt);

/// <summary>A newly issued key: <c>apiKey</c> is shown this once; <c>expiresAt</c> null when it never expires.</summary>
public sealed record IssuedKeyResponse(string Partner, string KeyId, string ApiKey, DateTimeOffset? ExpiresAt = null);

/// <summary>One row of the share-log report.</summary>
public sealed record ReceivedResponse(string ObjectId, string Version, DateTimeOffset SharedAt);

/// <summary>A released tearline: its id, its <c>derived-from</c> relationship, the properties removed by granular
/// markings and those released as they stand (approved by a second person).</summary>
public sealed record TearlineResponse(string Id, string DerivedFromId, IReadOnlyList<string> Removed, IReadOnlyList<string> ReleasedAsTheyStand);

/// <summary>A tearline waiting for a second person with the approver role: approve it with
/// <c>POST /api/v1/tearlines/requests/{requestId}/approve</c>.</summary>
public sealed record PendingTearlineResponse(Guid RequestId, string ObjectId, string Release, IReadOnlyList<string> AsTheyStand, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>A released tearline: its id and type, its released name, its collection, the original it derives from (null
/// when the caller may not read the relationship) and when it was made.</summary>
public sealed record ReleasedTearlineResponse(string Id, string Type, string? Name, string Collection, string? DerivedFromId, string? Created);

/// <summary>A tearline request: <c>status</c> <c>pending</c> or <c>released</c>; <c>texts</c> the released text by
/// property; <c>tearlineId</c> the released object once approved.</summary>
public sealed record TearlineRequestResponse(Guid RequestId, string ObjectId, string Release, string Status, IReadOnlyDictionary<string, IReadOnlyList<string>> Texts,
    IReadOnlyList<string> Omit, IReadOnlyList<string> AsTheyStand, string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, DateTimeOffset? DecidedAt,
    string? TearlineId);

/// <summary>Who would receive a tearline released at <c>release</c>: every partner with a sharing profile.</summary>
public sealed record TearlineAudienceResponse(string ObjectId, string Collection, string Release, IReadOnlyList<AudienceResponse> Partners);

/// <summary>One partner: whether it would receive the tearline and, if not, why (the reason codes of "see as partner").</summary>
public sealed record AudienceResponse(string Partner, string Country, bool Receives, string? Reason);
