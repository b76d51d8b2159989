using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Reads;

/// <summary>The read log for administrators (docs/read-log.md): 401 without credentials, 403 problem for anyone but
/// an administrator, 400 problem for a bad filter or cursor. Every page and every export is itself audited.</summary>
public static class ReadLogEndpoints
{
    /// <summary>Maps <c>GET /api/v1/reads</c> and <c>GET /api/v1/reads/export</c>.</summary>
    public static IEndpointRouteBuilder MapReadLogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/reads").WithTags("Reads").RequireStaff(Role.Admin);
        group.MapGet("/", ListAsync).WithSummary("List staff reads on the record").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/export", Export).WithSummary("Export staff reads on the record as CSV or JSON")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/json"])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    /// <summary>One page, oldest first. Filters: <c>principal</c> (name), <c>object</c> (STIX id), <c>path</c>,
    /// <c>since</c> (inclusive), <c>until</c> (exclusive) as RFC 3339, <c>limit</c> (1–1000, 100 by default);
    /// <c>next</c> continues a page with the same filters.</summary>
    private static async Task<Results<Ok<ReadLogPageResponse>, ProblemHttpResult>> ListAsync(HttpContext http, ITocsinStore store, ReadLogCursors cursors,
        [FromQuery] string? principal, [FromQuery(Name = "object")] string? objectId, [FromQuery] string? path, [FromQuery] string? since,
        [FromQuery] string? until, [FromQuery] string? limit, [FromQuery] string? next, CancellationToken cancellationToken)
    {
        var admin = http.User.PrincipalId() ?? throw new InvalidOperationException("An administrator without a principal id passed authorisation.");
        var parsed = ReadLogFilters.Parse(principal, objectId, path, since, until, limit);
        if (!parsed.IsSuccess)
        {
            return Problems.For(parsed.Error);
        }

        var query = parsed.Value;
        if (next is not null)
        {
            if (cursors.Unbind(next, admin, query) is not { } after)
            {
                return Problems.For(ReadLogErrors.FilterInvalid("next is not a cursor this server issued for these filters."));
            }

            query = query with { After = after };
        }

        var page = await store.Reads.QueryAsync(query, cancellationToken);
        if (!page.IsSuccess)
        {
            return Problems.For(page.Error);
        }

        var bound = page.Value.Next is { } last ? cursors.Bind(last, admin, parsed.Value) : null;
        return TypedResults.Ok(new ReadLogPageResponse([.. page.Value.Items.Select(ReadLogEntryResponse.Of)], page.Value.More, bound));
    }

    /// <summary>Every row the filters select (the same filters as the list, without paging), streamed as
    /// <c>format=csv</c> (the default) or <c>format=json</c>.</summary>
    private static Results<ReadLogExport, ProblemHttpResult> Export(ITocsinStore store,
        [FromQuery] string? principal, [FromQuery(Name = "object")] string? objectId, [FromQuery] string? path, [FromQuery] string? since,
        [FromQuery] string? until, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        var chosen = string.IsNullOrEmpty(format) ? "csv" : format;
        if (!ReadLogExport.Formats.Contains(chosen, StringComparer.Ordinal))
        {
            return Problems.For(ReadLogErrors.FilterInvalid("format must be csv or json."));
        }

        var parsed = ReadLogFilters.Parse(principal, objectId, path, since, until, null);
        return parsed.IsSuccess
            ? new ReadLogExport(store.Reads.ExportAsync(parsed.Value, chosen, cancellationToken), chosen)
            : Problems.For(parsed.Error);
    }

    /// <summary>Registers the cursors.</summary>
    public static IServiceCollection AddTocsinReadLog(this IServiceCollection services) => services.AddSingleton<ReadLogCursors>();
}
