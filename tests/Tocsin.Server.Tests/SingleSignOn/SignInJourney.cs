using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tocsin.Server.Auth;
using Tocsin.Server.Auth.SingleSignOn;
using Tocsin.Testing.Oidc;

namespace Tocsin.Server.Tests.SingleSignOn;

/// <summary>A browser's trip through single sign-on with plain HTTP clients: starts at Tocsin's button, follows
/// every redirect (Tocsin in memory, the provider over loopback) keeping Tocsin's cookies, and stops on the first
/// page that is not a redirect.</summary>
public sealed class SignInJourney(TocsinApp app, OidcTestProvider provider) : IDisposable
{
    private readonly HttpClient _tocsin = app.CreateBrowserClient();
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false });

    /// <summary>Changes the provider's answer before it reaches Tocsin's callback (a forged state, say).</summary>
    public Func<Uri, Uri>? AlterCallback { get; set; }

    /// <summary>The client that holds Tocsin's cookies.</summary>
    public HttpClient Tocsin => _tocsin;

    /// <summary>The addresses visited, in order.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>Signs in from the button with <paramref name="returnUrl"/>; returns the last page.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string returnUrl = "/account")
    {
        var next = new Uri(new Uri("http://localhost/"), SingleSignOnPaths.Start + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        for (var hop = 0; hop < 12; hop++)
        {
            var onProvider = next.Authority == new Uri(provider.Authority).Authority;
            if (!onProvider && next.AbsolutePath == SingleSignOnPaths.Callback && AlterCallback is { } alter)
            {
                next = alter(next);
            }

            Visited.Add(next);
            var response = await (onProvider ? _provider : _tocsin).GetAsync(next);
            if (!onProvider && response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies.Where(c => c.StartsWith(SessionCookie.CookieName + "=", StringComparison.Ordinal)))
                {
                    LastSessionCookie = Uri.UnescapeDataString(cookie[(SessionCookie.CookieName.Length + 1)..].Split(';')[0]);
                }
            }

            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect))
            {
                return response;
            }

            next = new Uri(next, response.Headers.Location!);
            response.Dispose();
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", Visited));
    }

    /// <summary>The session Tocsin's cookie holds, decrypted with the server's own keys, or null without one.</summary>
    public AuthenticationTicket? Session()
    {
        var cookies = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(SessionCookie.SchemeName);
        return string.IsNullOrEmpty(LastSessionCookie) ? null : cookies.TicketDataFormat.Unprotect(LastSessionCookie);
    }

    /// <summary>The session cookie's value as last set by Tocsin, or null.</summary>
    public string? LastSessionCookie { get; private set; }

    /// <inheritdoc />
    public void Dispose()
    {
        _tocsin.Dispose();
        _provider.Dispose();
    }
}
