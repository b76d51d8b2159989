using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Audit;

/// <summary>The audit log for administrators (docs/administration.md): 401 without credentials, 403 problem for anyone
/// but an administrator.</summary>
public static class AuditLogEndpoints
{
    /// <summary>Maps <c>GET /api/v1/audit/entries</c> and <c>POST /api/v1/audit/verify</c>.</summary>
    public static IEndpointRouteBuilder MapAuditLogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/audit").WithTags("Audit").RequireStaff(Role.Admin);
        group.MapGet("/entries", ListAsync).WithSummary("Browse audit log entries").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/verify", VerifyAsync).WithSummary("Verify the audit chain and its signed checkpoints");
        return endpoints;
    }

    /// <summary>One page, in sequence order. Filters, all optional: <c>action</c>, <c>actor</c> (a principal's name or
    /// the actor as recorded), <c>subject</c>, <c>from</c> (first sequence), <c>limit</c> (1–500, 100 by default);
    /// <c>next</c> continues where the last page stopped (it wins over <c>from</c>). 400 problem for a bad filter.</summary>
    private static async Task<Results<Ok<AuditEntryPageResponse>, ProblemHttpResult>> ListAsync(AuditBrowser browser,
        [FromQuery] string? action, [FromQuery] string? actor, [FromQuery] string? subject, [FromQuery] string? from,
        [FromQuery] string? limit, [FromQuery] string? next, CancellationToken cancellationToken)
    {
        var parsed = AuditEntryFilter.Parse(action, actor, subject, next ?? from, limit);
        if (!parsed.IsSuccess)
        {
            return Problems.For(parsed.Error);
        }

        var page = await browser.PageAsync(parsed.Value, cancellationToken);
        return TypedResults.Ok(new AuditEntryPageResponse(page.Items, page.Next is { } n ? AuditBrowser.Cursor(n) : null));
    }

    /// <summary>Runs the verification <c>tocsin audit verify</c> runs (with <c>deep=true</c>, as <c>--deep</c>) and
    /// answers 200 with the outcome, intact or broken, and every checkpoint with its signature status. Writes nothing.</summary>
    private static async Task<Ok<AuditCheckReport>> VerifyAsync(AuditCheck check, [FromQuery] bool? deep, CancellationToken cancellationToken) =>
        TypedResults.Ok(await check.RunAsync(deep == true, cancellationToken));

    /// <summary>Registers the services behind the audit log's endpoints and page.</summary>
    public static IServiceCollection AddTocsinAuditLog(this IServiceCollection services) =>
        services.AddScoped<AuditBrowser>().AddScoped<AuditCheck>();
}
