using System.Net;
using System.Text.Json;

namespace Tocsin.Server.Tests.Api;

/// <summary>The OpenAPI document says what each operation wants: what Redocly's recommended rules ask of it.</summary>
public sealed class OpenApiContractTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = app.CreateClient();
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));
        // Left beside the test binary for the Redocly lint in .ci/run (tools/openapi).
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.json"), body, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_a_security_requirement_and_a_4xx_problem()
    {
        var document = await DocumentAsync();
        var lacking = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, operation) in Operations(document))
        {
            if (!operation.TryGetProperty("operationId", out var id) || !ids.Add(id.GetString()!))
            {
                lacking.Add(name + ": operationId missing or not unique");
            }

            if (!operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            {
                lacking.Add(name + ": summary");
            }

            if (!operation.TryGetProperty("security", out _))
            {
                lacking.Add(name + ": security");
            }

            var problems = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')).ToList();
            if (problems.Count == 0 || !problems.All(r => r.Value.GetProperty("content").EnumerateObject().Any(c =>
                    c.Name is "application/problem+json" or "application/taxii+json;version=2.1")))
            {
                lacking.Add(name + ": a 4xx response as problem details or TAXII error");
            }

            if (operation.TryGetProperty("requestBody", out var requestBody)
                && requestBody.GetProperty("content").EnumerateObject().Any(c => !c.Value.TryGetProperty("example", out _) && !c.Value.TryGetProperty("examples", out _)))
            {
                lacking.Add(name + ": request body example");
            }
        }

        Assert.True(Operations(document).Count() > 40);
        Assert.Empty(lacking);
    }

    [Fact]
    public async Task Basic_authentication_is_declared_and_public_operations_need_none()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("basic");
        var status = Operations(document).Single(o => o.Name == "GET /api/v1/schemes").Operation;
        var propose = Operations(document).Single(o => o.Name == "POST /api/v1/decisions").Operation;

        Assert.Equal(("http", "basic"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.Equal(0, status.GetProperty("security").GetArrayLength());
        Assert.True(propose.GetProperty("security")[0].TryGetProperty("basic", out _));
        Assert.StartsWith("staff:", propose.GetProperty("x-tocsin-access").GetString(), StringComparison.Ordinal);
    }
}
