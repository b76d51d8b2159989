using System.Net;
using System.Text.RegularExpressions;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Web;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Authoring;

/// <summary>Uses the authoring forms as a browser without JavaScript does: signs in with the session cookie, reads a
/// form's hidden fields (handler, antiforgery token, the version edited) and posts them with the fields typed.</summary>
internal static partial class AuthoringForms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A browser signed in as a new user of <paramref name="role"/>, with <paramref name="rights"/> on the picture.</summary>
    public static async Task<HttpClient> SignedInAsync(TocsinApp app, Role role = Role.Analyst, CollectionRights rights = CollectionRights.Read | CollectionRights.Write)
    {
        var name = Some.Alias("browser");
        await app.AddUserAsync(name, role, AuthoringPicture.Password);
        if (rights != CollectionRights.None)
        {
            await app.GrantAsync(await app.EnsureCollectionAsync("picture"), name, rights);
        }

        var browser = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(browser, name, AuthoringPicture.Password);
        return browser;
    }

    /// <summary>The page's HTML, which must answer 200.</summary>
    public static async Task<string> PageAsync(HttpClient browser, string path) =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.GetAsync(new Uri(path, UriKind.Relative), Ct), "text/html");

    /// <summary>Posts form <paramref name="formName"/> of <paramref name="page"/> (the HTML as opened) to <paramref name="path"/>:
    /// its hidden fields, with <paramref name="fields"/> replacing or adding values.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string page, string formName, params (string Name, string Value)[] fields)
    {
        var form = Forms().Matches(page).Select(m => m.Value).Single(f => f.Contains($"value=\"{formName}\"", StringComparison.Ordinal));
        var values = Hidden().Matches(form).Select(m => (Name: m.Groups["name"].Value, Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(v => !fields.Any(f => f.Name == v.Name)).ToList();
        values.AddRange(fields);
        using var content = new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        return await browser.PostAsync(new Uri(path, UriKind.Relative), content, Ct);
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Hidden();
}
