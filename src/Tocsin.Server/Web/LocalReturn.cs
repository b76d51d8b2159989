namespace Tocsin.Server.Web;

/// <summary>Return addresses after sign-in or a language switch: only a path on this site, never another site
/// (an open redirect would lend our name to phishing).</summary>
public static class LocalReturn
{
    /// <summary><paramref name="returnUrl"/> when it is a local path (<c>/…</c> but not <c>//…</c> or <c>/\…</c>), else <paramref name="fallback"/>.</summary>
    public static string Or(string? returnUrl, string fallback) =>
        IsLocal(returnUrl) ? returnUrl! : fallback;

    /// <summary>True for a path on this site.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
