using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Plan;

namespace Tocsin.Server.Tests.Postures;

/// <summary>Short calls to the postures API, and a valid proposal whose measures are taken from the shipped catalogue
/// by what they are (public, restricted), never by id.</summary>
internal static class PostureHttp
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string PublicMeasure => PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.First(m => m.IsPublic).Id;

    public static string RestrictedMeasure => PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.First(m => !m.IsPublic).Id;

    public static Dictionary<string, object?> Proposal(string starts = "2026-06-01T00:00:00Z", string? ends = "2027-06-01T00:00:00Z") => new()
    {
        ["scheme"] = "vigipirate",
        ["titles"] = new Dictionary<string, string> { ["fr"] = "Posture été 2026", ["en"] = "Summer 2026 posture" },
        ["level"] = "securite-renforcee-risque-attentat",
        ["territories"] = new[] { "FRA" },
        ["startsAt"] = starts,
        ["endsAt"] = ends,
        ["measures"] = new object[]
        {
            new { id = PublicMeasure, territories = new[] { "FRA" } },
            new { id = RestrictedMeasure, territories = new[] { "FRA-D75" } },
        },
        ["authority"] = "SGDSN",
        ["rationale"] = "Grands rassemblements de l'été.",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> proposal, string field, object? value)
    {
        var changed = new Dictionary<string, object?>(proposal) { [field] = value };
        return changed;
    }

    public static Task<HttpResponseMessage> ProposePostureAsync(this HttpClient client, object proposal) =>
        client.PostAsJsonAsync(new Uri("/api/v1/postures", UriKind.Relative), proposal, Ct);

    public static Task<HttpResponseMessage> ActOnPostureAsync(this HttpClient client, string id, string action, object? body = null) =>
        client.PostAsJsonAsync(new Uri($"/api/v1/postures/{id}/{action}", UriKind.Relative), body ?? new { }, Ct);

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) => client.GetAsync(new Uri(path, UriKind.Relative), Ct);

    public static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    public static string Code(string problem) => Json(problem).GetProperty("code").GetString()!;

    public static async Task<string> ProposedPostureIdAsync(this HttpClient client, object proposal)
    {
        using var response = await client.ProposePostureAsync(proposal);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return Json(body).GetProperty("id").GetString()!;
    }
}
