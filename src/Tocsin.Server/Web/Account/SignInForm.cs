namespace Tocsin.Server.Web.Account;

/// <summary>What the sign-in form posts.</summary>
public sealed class SignInForm
{
    /// <summary>The user name.</summary>
    public string? UserName { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }
}
