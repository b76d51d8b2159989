namespace Tocsin.Server.Auth.Factors;

/// <summary>The RFC 8176 authentication method reference values this server states in <see cref="SessionClaims.Method"/>.</summary>
public static class FactorMethods
{
    /// <summary>A password.</summary>
    public const string Password = "pwd";

    /// <summary>A one-time password: a TOTP code or a single-use recovery code.</summary>
    public const string OneTimePassword = "otp";

    /// <summary>A proof of possession of a key held by an authenticator: a passkey.</summary>
    public const string HardwareKey = "hwk";

    /// <summary>Several factors were used.</summary>
    public const string MultiFactor = "mfa";
}
