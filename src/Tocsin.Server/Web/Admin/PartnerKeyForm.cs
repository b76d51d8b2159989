namespace Tocsin.Server.Web.Admin;

/// <summary>What the key forms of a partner's page post: the key to revoke (the button pressed), or the expiry of a key to issue.</summary>
public sealed class PartnerKeyForm
{
    /// <summary>The key id to revoke.</summary>
    public string? KeyId { get; set; }

    /// <summary>When a key to issue expires: an RFC 3339 time with a zone; blank: never.</summary>
    public string? ExpiresAt { get; set; }
}
