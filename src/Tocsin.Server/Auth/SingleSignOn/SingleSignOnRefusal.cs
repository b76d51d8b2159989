namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>Why a single sign-on ended without a session. Each one is a reason on the error page
/// (<see cref="SingleSignOnPaths.Error"/>); none changes anything in Tocsin except as documented on it.</summary>
public enum SingleSignOnRefusal
{
    /// <summary>The provider refused, or the person cancelled (<c>access_denied</c>).</summary>
    Denied,

    /// <summary>The answer could not be trusted: state, nonce, issuer, audience, signature or lifetime wrong, or the
    /// provider reported an error.</summary>
    Failed,

    /// <summary>The ID token carries no user name claim.</summary>
    NoUserName,

    /// <summary>No Tocsin user has that name and provisioning links existing users only. Nothing is created.</summary>
    UnknownUser,

    /// <summary>The person holds no Tocsin role after mapping, the name is a partner service's, or the user is disabled. The roles of an
    /// existing user are still set from the provider's claims (audited), so a role removed there is removed here.</summary>
    NotStaff,
}
