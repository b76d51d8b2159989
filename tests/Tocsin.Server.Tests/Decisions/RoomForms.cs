using System.Net;
using System.Text.RegularExpressions;

namespace Tocsin.Server.Tests.Decisions;

/// <summary>Submits a decision-room form as a browser would: reads the page, keeps the form's hidden fields (its
/// handler name and antiforgery token; the client keeps the antiforgery cookie) and posts them with the given fields.</summary>
internal static partial class RoomForms
{
    public static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "text/html");
    }

    public static async Task<string> SubmitAsync(HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(client, path, formName, fields);
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "text/html");
    }

    /// <summary>The response to the form's post, redirects followed (the client drops Basic credentials on a redirect,
    /// where a browser keeps its sign-in cookie: a redirected page may answer 401 here).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        var page = await PageAsync(client, path);
        var form = Forms().Matches(page).Select(m => m.Value).Single(f => f.Contains($"value=\"{formName}\"", StringComparison.Ordinal));
        var values = Hidden().Matches(form).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        values.AddRange(fields);
        using var content = new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Hidden();
}
