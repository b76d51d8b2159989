using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Authoring;

/// <summary>A small picture for authoring tests: an incident of ours, one of another organisation, an asserter
/// identity, a threat actor and a report; and analysts with and without a write grant.</summary>
public sealed class AuthoringPicture
{
    /// <summary>Our organisation (the server's default).</summary>
    public const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";

    /// <summary>The password of every user added here.</summary>
    public const string Password = "authoring-password";

    /// <summary>The version every seeded object has.</summary>
    public const string SeededVersion = "2024-03-24T14:00:00.000Z";

    private AuthoringPicture(TocsinApp app) => App = app;

    /// <summary>The application.</summary>
    public TocsinApp App { get; }

    /// <summary>An incident we created.</summary>
    public string Incident { get; } = $"incident--{Guid.NewGuid():D}";

    /// <summary>An incident another organisation created.</summary>
    public string TheirIncident { get; } = $"incident--{Guid.NewGuid():D}";

    /// <summary>An identity that asserts things (a government).</summary>
    public string Asserter { get; } = $"identity--{Guid.NewGuid():D}";

    /// <summary>A threat actor.</summary>
    public string Actor { get; } = $"threat-actor--{Guid.NewGuid():D}";

    /// <summary>A report.</summary>
    public string Report { get; } = $"report--{Guid.NewGuid():D}";

    /// <summary>Seeds the picture.</summary>
    public static async Task<AuthoringPicture> SeedAsync(TocsinApp app)
    {
        var picture = new AuthoringPicture(app);
        await app.SeedObjectsAsync("picture",
            Json(new { type = "incident", spec_version = "2.1", id = picture.Incident, created = SeededVersion, modified = SeededVersion, created_by_ref = Ours, name = "Attack on a concert hall" }),
            Json(new { type = "incident", spec_version = "2.1", id = picture.TheirIncident, created = SeededVersion, modified = SeededVersion, created_by_ref = $"identity--{Guid.NewGuid():D}", name = "Their incident" }),
            Json(new { type = "identity", spec_version = "2.1", id = picture.Asserter, created = SeededVersion, modified = SeededVersion, created_by_ref = Ours, name = "France", identity_class = "organization" }),
            Json(new { type = "threat-actor", spec_version = "2.1", id = picture.Actor, created = SeededVersion, modified = SeededVersion, created_by_ref = Ours, name = "ISIS-K", threat_actor_types = new[] { "terrorist" } }),
            Json(new { type = "report", spec_version = "2.1", id = picture.Report, created = SeededVersion, modified = SeededVersion, created_by_ref = Ours, name = "Statement", published = SeededVersion, object_refs = new[] { picture.Incident } }));
        return picture;
    }

    /// <summary>A new analyst holding <paramref name="rights"/> on the picture.</summary>
    public async Task<HttpClient> AnalystAsync(CollectionRights rights = CollectionRights.Read | CollectionRights.Write, Role role = Role.Analyst)
    {
        var name = Some.Alias("analyst");
        await App.AddUserAsync(name, role, Password);
        if (rights != CollectionRights.None)
        {
            await App.GrantAsync(await App.EnsureCollectionAsync("picture"), name, rights);
        }

        return App.CreateClient(name, Password);
    }

    /// <summary>The body of a successful answer.</summary>
    public static async Task<JsonElement> BodyAsync(HttpStatusCode status, HttpResponseMessage response) =>
        JsonDocument.Parse(await HttpAssert.StatusAsync(status, response)).RootElement;

    /// <summary>The problem <c>code</c> of a refusal, with its status.</summary>
    public static async Task<(HttpStatusCode Status, string? Code)> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var code = text.Length > 0 && JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (response.StatusCode, code);
    }

    /// <summary>Posts JSON.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, TestContext.Current.CancellationToken);

    /// <summary>Puts JSON.</summary>
    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, TestContext.Current.CancellationToken);

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
