using System.Net.Http.Json;
using System.Text.Json;

namespace Tocsin.Server.Tests.Plan;

/// <summary>Short calls to the decisions API.</summary>
internal static class PlanHttp
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> ProposeAsync(this HttpClient client, object proposal) =>
        client.PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative), proposal, Ct);

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string id, string action, object? body = null) =>
        client.PostAsJsonAsync(new Uri($"/api/v1/decisions/{id}/{action}", UriKind.Relative), body ?? new { }, Ct);

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), Ct);

    public static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    public static string Code(string problem) => Json(problem).GetProperty("code").GetString()!;

    public static async Task<string> ProposedIdAsync(this HttpClient client, object proposal)
    {
        using var response = await client.ProposeAsync(proposal);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return Json(body).GetProperty("id").GetString()!;
    }
}
