using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Api;

/// <summary>Every request body in the OpenAPI document carries an example that works when posted as printed,
/// and lists exactly the fields the server refuses to do without: each example lacking one of them is a
/// 400/422 problem naming that field.</summary>
public sealed class RequestExampleTests
{
    private const string Password = "examples-password";

    private static TocsinApp StartApp() =>
        // The subscriber example uses a private address, as on a closed network (docs/webhooks.md).
        TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:Webhooks:AllowList:0", "10.20.0.0/16"));

    private static async Task<HttpClient> ClientWithEveryRoleAsync(TocsinApp app)
    {
        await app.AddUserAsync("claire", [Role.Admin, Role.Analyst, Role.Approver], Password);
        return app.CreateClient("claire", Password);
    }

    private sealed record Documented(string Method, string Path, JsonObject Example, IReadOnlyList<string> Required);

    private static async Task<IReadOnlyList<Documented>> DocumentedBodiesAsync(HttpClient client)
    {
        var text = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));
        var document = JsonNode.Parse(text)!.AsObject();
        var bodies = new List<Documented>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (path.StartsWith("/taxii2", StringComparison.Ordinal) || operation?["requestBody"]?["content"]?["application/json"] is not { } media)
                {
                    continue;
                }

                var schema = media["schema"]!;
                if (schema["$ref"]?.GetValue<string>() is { } reference)
                {
                    schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
                }

                var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
                bodies.Add(new Documented(method.ToUpperInvariant(), path, media["example"]!.AsObject(), required));
            }
        }

        return bodies;
    }

    private static Uri Concrete(string path) => new(path
        .Replace("{id}", "0191e2c5-7a3b-7c4d-8e5f-1a2b3c4d5e6f", StringComparison.Ordinal)
        .Replace("{name}", "bfv", StringComparison.Ordinal)
        .Replace("{itemId}", "item-1", StringComparison.Ordinal)
        .Replace("{objectId}", "indicator--6b5c4f6e-8a1e-4d1c-9b7e-2f0d8c3a4b5c", StringComparison.Ordinal)
        .Replace("{keyId}", "key-1", StringComparison.Ordinal), UriKind.Relative);

    private static async Task<(HttpStatusCode Status, string? MediaType, string Body)> SendAsync(HttpClient client, Documented operation, JsonObject body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), Concrete(operation.Path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Each_documented_example_is_read_and_not_refused_as_invalid()
    {
        await using var app = StartApp();
        using var client = await ClientWithEveryRoleAsync(app);
        var refused = new List<string>();

        var bodies = await DocumentedBodiesAsync(client);
        foreach (var operation in bodies)
        {
            var (status, _, body) = await SendAsync(client, operation, operation.Example);
            // Unknown referents (404), a signature the example cannot carry (401) or a state (409) are the
            // documented answers for a placeholder id; a 400, 415 or 422 would mean the example itself is wrong.
            if (status is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.UnprocessableEntity)
            {
                refused.Add($"{operation.Method} {operation.Path}: {(int)status} {body}");
            }
        }

        Assert.True(bodies.Count >= 13, $"only {bodies.Count} request bodies documented");
        Assert.Empty(refused);
    }

    [Fact]
    public async Task The_proposal_example_proposes_a_decision()
    {
        await using var app = StartApp();
        using var client = await ClientWithEveryRoleAsync(app);
        var propose = (await DocumentedBodiesAsync(client)).Single(b => b is { Method: "POST", Path: "/api/v1/decisions" });

        var (status, _, body) = await SendAsync(client, propose, propose.Example);

        Assert.True(status == HttpStatusCode.Created, body);
    }

    [Fact]
    public async Task An_example_lacking_a_required_field_is_a_problem_naming_that_field()
    {
        await using var app = StartApp();
        using var client = await ClientWithEveryRoleAsync(app);
        var wrong = new List<string>();

        foreach (var operation in await DocumentedBodiesAsync(client))
        {
            foreach (var field in operation.Required)
            {
                var lacking = operation.Example.DeepClone().AsObject();
                lacking.Remove(field);

                var (status, mediaType, body) = await SendAsync(client, operation, lacking);

                if (status is not (HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity) || mediaType != "application/problem+json"
                    || !JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.Contains(field, StringComparison.Ordinal))
                {
                    wrong.Add($"{operation.Method} {operation.Path} without {field}: {(int)status} {body}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task The_proposal_schema_requires_exactly_what_the_server_requires()
    {
        await using var app = StartApp();
        using var client = app.CreateClient();

        var propose = (await DocumentedBodiesAsync(client)).Single(b => b is { Method: "POST", Path: "/api/v1/decisions" });

        Assert.Equal(["authority", "effectiveAt", "level", "rationale", "scheme", "territories"], propose.Required.Order(StringComparer.Ordinal));
    }
}
