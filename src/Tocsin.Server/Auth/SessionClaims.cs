namespace Tocsin.Server.Auth;

/// <summary>Claims a session carries beyond who the principal is: how, and how recently, the person proved
/// themselves. Every sign-in path (password form, second factor, single sign-on) states them the same way, so
/// the checks that read them (second factor required, step-up before an approval) need not know which path
/// issued the session.</summary>
public static class SessionClaims
{
    /// <summary>When a second factor was last verified for this session: Unix time in seconds (UTC), as an
    /// invariant-culture integer. Absent when no second factor was verified.</summary>
    public const string SecondFactorAt = "tocsin:second-factor-at";

    /// <summary>How the person signed in, one claim per method (RFC 8176 authentication method reference values:
    /// <c>pwd</c>, <c>otp</c>, <c>hwk</c>, <c>mfa</c>, …), as an OpenID Connect <c>amr</c> claim does.</summary>
    public const string Method = "tocsin:amr";
}
