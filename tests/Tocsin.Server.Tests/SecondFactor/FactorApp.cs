using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Factors;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth.Factors;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.SecondFactor;

/// <summary>A server with the product's default second-factor rule (approvers and administrators must use one) and a
/// clock the test moves, so TOTP steps and step-up ages are decided by the test, not by the wall clock.</summary>
public sealed partial class FactorApp : IAsyncDisposable
{
    public const string Password = "factor-password";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));

    public FactorApp()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Tocsin:DataDirectory", _dataDirectory);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter, ClientAddressFilter>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        });
    }

    /// <summary>The server's clock.</summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public ITocsinStore Store => _factory.Services.GetRequiredService<ITocsinStore>();

    /// <summary>A browser-like client (cookies, no redirects followed, English HTML) from a fresh address.</summary>
    public HttpClient CreateBrowserClient()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, $"198.51.100.{Random.Shared.Next(1, 255)}");
        return client;
    }

    /// <summary>A client sending HTTP Basic credentials.</summary>
    public HttpClient CreateClient(string username, string password = Password)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, $"198.51.100.{Random.Shared.Next(1, 255)}");
        return client;
    }

    /// <summary>Adds a user with <see cref="Password"/>; returns its name.</summary>
    public async Task<string> AddUserAsync(Role role)
    {
        var name = Some.Alias(role.ToString().ToLowerInvariant());
        (await Store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(Password, iterations: 1000), CancellationToken.None)).Value.ToString();
        return name;
    }

    /// <summary>Enrols a TOTP secret for the user as the enrolment page does; returns the secret.</summary>
    public async Task<byte[]> EnrolTotpAsync(string name)
    {
        var principal = (await Store.FindPrincipalAsync(name, CancellationToken.None))!;
        var secret = Totp.NewSecret();
        await Store.SecondFactors.SetTotpAsync(principal.Id, _factory.Services.GetRequiredService<TotpSecrets>().Protect(secret), 0, CancellationToken.None);
        return secret;
    }

    /// <summary>Issues the user's recovery codes.</summary>
    public async Task<IReadOnlyList<string>> IssueRecoveryCodesAsync(string name)
    {
        var principal = (await Store.FindPrincipalAsync(name, CancellationToken.None))!;
        return await _factory.Services.GetRequiredService<RecoveryCodes>().IssueAsync(principal.Id, CancellationToken.None);
    }

    /// <summary>The code of <paramref name="secret"/> now; moves the clock one step on first, so each code is fresh.</summary>
    public string NextCode(byte[] secret)
    {
        Clock.Advance(Totp.Period);
        return Totp.CodeAt(secret, Totp.StepAt(Clock.GetUtcNow()));
    }

    /// <summary>Posts a form of a page: its antiforgery token plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = Web.BrowserForms.Token(page);
        return await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The value of a hidden field or the text of an element with this id on a page.</summary>
    public static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{name}\" value=\"([^\"]+)\"");
        if (match.Success)
        {
            return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        match = Regex.Match(html, $"id=\"{name}\">([^<]+)<");
        Assert.True(match.Success, $"No {name} on the page:\n{html}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
