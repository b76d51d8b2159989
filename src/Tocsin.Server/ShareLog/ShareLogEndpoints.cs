using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;

namespace Tocsin.Server.ShareLog;

/// <summary>The share log for administrators (docs/administration.md): 401 without credentials, 403 problem for anyone
/// but an administrator, 400 problem for a bad filter or cursor, 404 for an unknown partner.</summary>
public static class ShareLogEndpoints
{
    /// <summary>Maps <c>GET /api/v1/share-log</c> and <c>GET /api/v1/share-log/export</c>.</summary>
    public static IEndpointRouteBuilder MapShareLogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/share-log").WithTags("Sharing").RequireStaff(Role.Admin);
        group.MapGet("/", ListAsync).WithSummary("List what partners received")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/export", ExportAsync).WithSummary("Export what partners received as CSV")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>One page, oldest first. Filters, all optional: <c>partner</c> (name), <c>object</c> (STIX id), <c>from</c>
    /// (inclusive) and <c>to</c> (exclusive) as RFC 3339, <c>limit</c> (1–1000, 100 by default); <c>next</c> continues.</summary>
    private static async Task<Results<Ok<ShareLogPageResponse>, ProblemHttpResult>> ListAsync(HttpContext http, ShareLogReport report,
        [FromQuery] string? partner, [FromQuery(Name = "object")] string? objectId, [FromQuery] string? from, [FromQuery] string? to,
        [FromQuery] string? limit, [FromQuery] string? next, CancellationToken cancellationToken)
    {
        var admin = http.User.PrincipalId() ?? throw new InvalidOperationException("An administrator without a principal id passed authorisation.");
        var filter = ShareLogFilter.Parse(partner, objectId, from, to, limit);
        if (!filter.IsSuccess)
        {
            return Problems.For(filter.Error);
        }

        var page = await report.PageAsync(filter.Value, next, admin, cancellationToken);
        return page.IsSuccess ? TypedResults.Ok(new ShareLogPageResponse(page.Value.Items, page.Value.Next)) : Problems.For(page.Error);
    }

    /// <summary>Every row the filters select (the list's filters, without paging) as <c>format=csv</c> (the only format).</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(ShareLogReport report,
        [FromQuery] string? partner, [FromQuery(Name = "object")] string? objectId, [FromQuery] string? from, [FromQuery] string? to,
        [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(format) && format != "csv")
        {
            return Problems.For(ShareLogFilter.Invalid("format must be csv."));
        }

        var filter = ShareLogFilter.Parse(partner, objectId, from, to, null);
        if (!filter.IsSuccess)
        {
            return Problems.For(filter.Error);
        }

        var rows = await report.RowsAsync(filter.Value, cancellationToken);
        return rows.IsSuccess ? TypedResults.Text(ShareLogCsv.Write(rows.Value), "text/csv; charset=utf-8") : Problems.For(rows.Error);
    }

    /// <summary>Registers <see cref="ShareLogReport"/>.</summary>
    public static IServiceCollection AddTocsinShareLog(this IServiceCollection services) => services.AddScoped<ShareLogReport>();
}
