using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Plan;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.HostileInput;

/// <summary>No request can produce a 500. Every endpoint the application maps — read from its own
/// <see cref="EndpointDataSource"/>, so an endpoint added tomorrow is covered — is driven, by a user
/// holding every staff role and write rights, with bodies that cannot be read, values of the wrong JSON
/// type, oversized values, control characters, lone surrogates, broken UTF-8 and hostile route and query
/// values. Each answer must be below 500; where the input is unreadable or of the wrong type, a 4xx; and
/// every 400, 415 and 422 carries a problem (TAXII error on TAXII routes; a page on the web application's).</summary>
public sealed class NoServerErrorTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Password = "sweep-password-1";
    // No %00: the in-memory test host refuses it before the server sees it (Kestrel answers 400 itself).
    private static readonly string[] HostileSegments = ["%FF", "%ED%A0%80", "%25ud800", new('a', 4000), "..%2F..%2Fetc", "%E2%80%AE"];
    private const string HostileQuery = "?at=%FF&added_after=%00&limit=-1&next=%ED%A0%80&lat=NaN&lon=1e999&match%5Bid%5D=%FF&match%5Bversion%5D=x&match%5Btype%5D=%ED%A0%80&q=%25ud800";

    [Fact]
    public async Task No_endpoint_answers_5xx_to_hostile_input()
    {
        var context = await PrepareAsync();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} endpoints found");
        using var client = app.CreateClient(context.User, Password);
        var findings = new List<string>();
        var sent = 0;
        // An event stream never ends, so its answer cannot be read to the end here; DecisionEventsTests covers it.
        foreach (var endpoint in endpoints.Where(e => !e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.ContentTypes.Contains("text/event-stream"))))
        {
            foreach (var request in Requests(endpoint, context))
            {
                sent++;
                if (await CheckAsync(client, request, endpoint.Metadata.GetMetadata<Tocsin.Server.Web.WebEndpoint>() is not null) is { } finding)
                {
                    findings.Add($"{request.Method} {Shorten(request.Path)} [{endpoint.RoutePattern.RawText}] {request.Label}: {finding}");
                }
            }
        }

        Assert.True(findings.Count == 0, $"{findings.Count} of {sent} requests:\n" + string.Join('\n', findings.Distinct().Take(200)));
    }

    private async Task<SweepContext> PrepareAsync()
    {
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var user = Some.Alias("sweep");
        var principal = (await store.AddPrincipalAsync(user, PrincipalKind.User, [Role.Analyst, Role.Approver, Role.WatchOfficer, Role.Admin],
            PasswordHasher.Hash(Password, iterations: 1000), TestContext.Current.CancellationToken)).Value;
        var collection = await app.SeedCollectionAsync();
        await app.GrantAsync(collection, user, CollectionRights.Read | CollectionRights.Write);
        var (analyst, _) = await app.PlanClientsAsync();
        using (analyst)
        {
            using var proposed = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative), PlanRequests.Proposal(), TestContext.Current.CancellationToken);
            var decision = JsonDocument.Parse(await proposed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetString()!;
            var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return new SweepContext(user, principal.Name, collection.Id.ToString("D"), decision, json);
        }
    }

    private static IEnumerable<HostileRequest> Requests(RouteEndpoint endpoint, SweepContext context)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
        var isTaxii = endpoint.RoutePattern.RawText?.StartsWith("/taxii2", StringComparison.Ordinal) == true;
        var contentType = isTaxii ? "application/taxii+json;version=2.1" : "application/json";
        var path = PathOf(endpoint.RoutePattern, context, null);
        var bodyType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        foreach (var method in methods)
        {
            var hasBody = method is "POST" or "PUT" or "PATCH";
            yield return new HostileRequest(method, path + HostileQuery, null, null, "hostile query", false);
            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                foreach (var segment in HostileSegments)
                {
                    yield return new HostileRequest(method, PathOf(endpoint.RoutePattern, context, (parameter.Name, segment)), hasBody ? "{}"u8.ToArray() : null,
                        hasBody ? contentType : null, $"route value {parameter.Name}={Shorten(segment)}", false);
                }
            }

            if (!hasBody)
            {
                continue;
            }

            // A body is refused only by an endpoint that reads one.
            var readsBody = bodyType is not null || isTaxii;
            foreach (var (label, body) in HostileBodies.Unreadable().Concat(HostileBodies.WrongTopLevel()))
            {
                yield return new HostileRequest(method, path, body, contentType, label, readsBody && !(label == "empty body" && AllowsEmpty(endpoint)));
            }

            yield return new HostileRequest(method, path, "a=b&c=d"u8.ToArray(), "application/x-www-form-urlencoded", "form-encoded body", readsBody);
            if (bodyType is not null)
            {
                foreach (var (label, body, mustRefuse) in HostileBodies.PropertyVariants(bodyType, context.Json))
                {
                    yield return new HostileRequest(method, path, body, contentType, label, mustRefuse);
                }
            }
        }
    }

    private static bool AllowsEmpty(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.IsOptional == true;

    // The web application's endpoints answer browsers: their refusals are pages, not problems.
    private static async Task<string?> CheckAsync(HttpClient client, HostileRequest request, bool isWeb)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Path, UriKind.Relative));
        var isTaxii = request.Path.StartsWith("/taxii2", StringComparison.Ordinal);
        message.Headers.Accept.ParseAdd(isTaxii ? "application/taxii+json;version=2.1" : "application/json");
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType!);
        }

        using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (status >= 500)
        {
            return $"{status} {Shorten(body)}";
        }

        if (request.MustRefuse && status < 400)
        {
            return $"{status} (accepted, expected a 4xx) {Shorten(body)}";
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var expected = isTaxii ? "application/taxii+json" : "application/problem+json";
        return status is 400 or 415 or 422 && mediaType != expected && !isWeb ? $"{status} as {mediaType ?? "no body"}, not {expected}" : null;
    }

    private static string PathOf(RoutePattern pattern, SweepContext context, (string Name, string Value)? hostile)
    {
        var builder = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            builder.Append('/');
            foreach (var part in segment.Parts)
            {
                builder.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter when hostile?.Name == parameter.Name => hostile.Value.Value,
                    RoutePatternParameterPart parameter => ValueOf(parameter.Name, pattern.RawText ?? string.Empty, context),
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => string.Empty,
                });
            }
        }

        if (pattern.RawText?.EndsWith('/') == true && builder.Length > 0)
        {
            builder.Append('/');
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    private static string ValueOf(string name, string route, SweepContext context) => name switch
    {
        "root" => "tocsin",
        "id" when route.Contains("collections", StringComparison.Ordinal) => context.Collection,
        "id" when route.Contains("decisions", StringComparison.Ordinal) => context.Decision,
        "id" => Guid.NewGuid().ToString("D"),
        "objectId" => "indicator--" + Guid.NewGuid().ToString("D"),
        "name" => context.UserName,
        "file" => "unknown.xml",
        _ => Guid.NewGuid().ToString("D"),
    };

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private sealed record SweepContext(string User, string UserName, string Collection, string Decision, JsonSerializerOptions Json);
}
