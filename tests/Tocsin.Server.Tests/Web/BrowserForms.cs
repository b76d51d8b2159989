using System.Text.RegularExpressions;

namespace Tocsin.Server.Tests.Web;

/// <summary>What a browser does with Tocsin's forms: read the page's antiforgery token, post the fields.</summary>
public static partial class BrowserForms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens the sign-in page and posts the form; returns the answer to the post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string user, string password, string? returnUrl = null)
    {
        var page = await browser.GetStringAsync(new Uri("/account/signin", UriKind.Relative), Ct);
        return await browser.PostAsync(new Uri("/account/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = Token(page),
            ["Form.UserName"] = user,
            ["Form.Password"] = password,
            ["returnUrl"] = returnUrl ?? string.Empty,
        }), Ct);
    }

    /// <summary>The antiforgery token of a page.</summary>
    public static string Token(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page holds no antiforgery token:\n" + html);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
