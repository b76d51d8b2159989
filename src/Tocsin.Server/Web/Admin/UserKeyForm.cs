namespace Tocsin.Server.Web.Admin;

/// <summary>What the user page's keys form posts: issue a key expiring in <see cref="ExpiresIn"/> days (empty: never),
/// or revoke the key named by <see cref="Revoke"/>.</summary>
public sealed class UserKeyForm
{
    /// <summary>Days until a new key stops working; empty for never.</summary>
    public string? ExpiresIn { get; set; }

    /// <summary>The key id to revoke, when the revoke button of a key was pressed.</summary>
    public string? Revoke { get; set; }
}
