using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Web;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Admin;

/// <summary>A member of staff signed in with a browser-like client, for the administration pages' forms.</summary>
public static class AdminSignIn
{
    /// <summary>The password every such person gets.</summary>
    public const string Password = "administration-password";

    /// <summary>A new person with <paramref name="roles"/>, signed in; returns the name and the client.</summary>
    public static async Task<(string Name, HttpClient Browser)> AsAsync(TocsinApp app, params Role[] roles)
    {
        ArgumentNullException.ThrowIfNull(app);
        var name = Some.Alias("staff");
        await app.AddUserAsync(name, roles, Password);
        var browser = app.CreateBrowserClient();
        var signedIn = await BrowserForms.SignInAsync(browser, name, Password);
        Assert.True(signedIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, $"sign-in answered {(int)signedIn.StatusCode}");
        return (name, browser);
    }

    /// <summary>Posts a page's form: reads the page for its antiforgery token, then posts <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = BrowserForms.Token(page) };
        return await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(body), TestContext.Current.CancellationToken);
    }
}
