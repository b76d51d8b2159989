using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Api;

/// <summary>"What is the level where I am?" by place name. Public and anonymous like <c>/api/v1/levels/point</c>,
/// with ETag / If-None-Match and <c>Cache-Control: public, max-age=60</c>. Only live decisions count.</summary>
public static class PlacesEndpoints
{
    /// <summary>Maps <c>/api/v1/places</c>.</summary>
    public static IEndpointRouteBuilder MapPlacesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/places").WithTags("Public status").AllowAnonymous()
            .MapGet("", PlacesAsync)
            .Produces<PlacesView>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    /// <summary><c>GET /api/v1/places?q=NAME[&amp;scheme=ID][&amp;at=TIME][&amp;limit=N]</c>: the places of the scheme's
    /// territory set whose name matches <c>q</c> (territory names; for France also every préfecture and every commune
    /// of at least 10,000 inhabitants), ignoring case, accents and punctuation, by prefix, with the level in force on
    /// each at <c>at</c> (RFC 3339; now by default). Homonyms are separate entries naming their territory. The scheme
    /// defaults to the configured one (Vigipirate); <c>limit</c> is 1..20, 10 by default. 200 <see cref="PlacesView"/>
    /// (an empty list when nothing matches); 304; 422 <c>place-query-empty</c>, <c>place-query-too-long</c> (over 100
    /// characters), <c>place-limit-out-of-range</c>, <c>unknown-scheme</c>.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> PlacesAsync(
        HttpContext context, string? q, string? scheme, DateTimeOffset? at, int? limit, PlanDecisions plan, PublicationSettings settings,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var found = await PlaceLevels.FindAsync(plan, scheme ?? settings.DefaultScheme, q, at ?? plan.Now(), limit ?? 10, cancellationToken);
        if (!found.IsSuccess)
        {
            return Problems.For(found.Error);
        }

        // The content changes with decisions, not with the clock: the ETag leaves out the time asked about.
        var options = json.Value.SerializerOptions;
        var etag = "W/" + HttpCaching.ETagOf(JsonSerializer.SerializeToUtf8Bytes(found.Value with { At = default }, options));
        var served = HttpCaching.Serve(context, JsonSerializer.SerializeToUtf8Bytes(found.Value, options), etag, "application/json; charset=utf-8",
            HttpCaching.ShortLived);
        return served.Result switch
        {
            FileContentHttpResult file => file,
            StatusCodeHttpResult status => status,
            _ => throw new InvalidOperationException("HttpCaching.Serve returns a file or a status."),
        };
    }
}
