namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>Where single sign-on lives, all under <c>/account</c>.</summary>
public static class SingleSignOnPaths
{
    /// <summary>GET: starts sign-in at the provider (<c>?returnUrl=</c> a local path).</summary>
    public const string Start = "/account/oidc/signin";

    /// <summary>Where the provider sends the browser back with the authorization code (query response mode).</summary>
    public const string Callback = "/account/oidc/callback";

    /// <summary>Where the provider sends the browser back after signing out there.</summary>
    public const string SignedOutCallback = "/account/oidc/signed-out";

    /// <summary>GET: the page a successful sign-in lands on before going on to the return address.</summary>
    public const string Done = "/account/oidc/done";

    /// <summary>GET: the page explaining a refusal (<c>?reason=</c>).</summary>
    public const string Error = "/account/oidc/error";

    /// <summary>The error page's address for <paramref name="refusal"/>.</summary>
    public static string ErrorFor(SingleSignOnRefusal refusal) => Error + "?reason=" + ReasonOf(refusal);

    /// <summary>The refusal's name in the error page's address.</summary>
    public static string ReasonOf(SingleSignOnRefusal refusal) => refusal switch
    {
        SingleSignOnRefusal.Denied => "denied",
        SingleSignOnRefusal.Failed => "failed",
        SingleSignOnRefusal.NoUserName => "no-user-name",
        SingleSignOnRefusal.UnknownUser => "unknown-user",
        SingleSignOnRefusal.NotStaff => "not-staff",
    };
}
