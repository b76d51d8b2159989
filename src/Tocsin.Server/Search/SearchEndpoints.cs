using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Search;

/// <summary>Search across the intelligence picture for analysts and administrators (docs/search.md): 401 without
/// credentials, 403 problem for anyone else (a partner service included), 400 problem for missing, oversized or
/// unreadable words, a bad filter or a foreign cursor. Only what the caller is cleared for is ever returned or
/// counted; what is returned is recorded as read through <c>api</c>.</summary>
public static class SearchEndpoints
{
    /// <summary>Maps <c>GET /api/v1/search</c>.</summary>
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/search", SearchAsync).WithTags("Search").RequireStaff(Role.Analyst, Role.Admin)
            .WithSummary("Search the intelligence picture")
            .WithDescription("Full-text search over names, aliases, descriptions and report text of the latest version of each object, " +
                "folding case and diacritics; every word must match the start of a word. Filters: type, marking (clear, green, amber, " +
                "amber+strict, red or a marking-definition id), from and to (a day or an RFC 3339 time). Newest stored first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    /// <summary>One page of matches the caller may read (<c>limit</c> 1–100, 25 by default); <c>next</c> continues it
    /// with the same words and filters.</summary>
    private static async Task<Results<Ok<SearchPageResponse>, ProblemHttpResult>> SearchAsync(HttpContext http, SearchRequest search,
        [FromQuery] string? q, [FromQuery] string? type, [FromQuery] string? marking, [FromQuery] string? from, [FromQuery] string? to,
        [FromQuery] string? limit, [FromQuery] string? next, CancellationToken cancellationToken)
    {
        var result = await search.RunAsync(http.User, q, type, marking, from, to, limit, next, ReadPaths.Api, cancellationToken);
        if (!result.IsSuccess)
        {
            return Problems.For(result.Error);
        }

        var (page, bound) = result.Value;
        return TypedResults.Ok(new SearchPageResponse([.. page.Items.Select(SearchHitResponse.Of)], page.More, bound));
    }

    /// <summary>Registers the search of the picture, its cursors, the one request path of the API and the page, and the
    /// upkeep that indexes what the writes queued.</summary>
    public static IServiceCollection AddTocsinSearch(this IServiceCollection services) =>
        services.AddSingleton<PictureSearch>().AddSingleton<SearchCursors>().AddSingleton<SearchRequest>().AddHostedService<SearchIndexUpkeep>();
}
