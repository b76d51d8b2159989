namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>What single sign-on does with a person the provider vouches for but Tocsin does not know.</summary>
public enum SingleSignOnProvisioning
{
    /// <summary>Refused: an administrator adds the user first (same name as the provider's user name claim).</summary>
    LinkExisting,

    /// <summary>Created as a user with the mapped roles (no password, no key).</summary>
    Create,
}
