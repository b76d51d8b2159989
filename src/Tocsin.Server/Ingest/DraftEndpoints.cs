using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Ingest;

/// <summary>The ingest API (docs/ingest.md, "HTTP"): drafts from report text, and their review. Any
/// staff role reads drafts (a partner never); creating, accepting and dropping need the analyst or admin role
/// (403 otherwise, 401 without credentials). Errors are RFC 9457 problem details with a <c>code</c>.</summary>
public static class DraftEndpoints
{
    /// <summary>Maps <c>/api/v1/drafts</c> and its item actions.</summary>
    public static IEndpointRouteBuilder MapDraftEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Drafts hold internal report text: staff only, never a partner.
        var drafts = endpoints.MapGroup("/api/v1/drafts").WithTags("Ingest").RequireStaff();
        drafts.MapGet("/", List);
        drafts.MapGet("/{id:guid}", Get);
        var review = drafts.MapGroup("/").RequireStaff(Role.Analyst, Role.Admin);
        review.MapPost("/", Create).WithMetadata(new BodyMediaTypes(["application/json", "text/plain", .. DraftRequests.FileMediaTypes]))
            .Accepts<CreateDraftRequest>("application/json", ["text/plain", .. DraftRequests.FileMediaTypes]);
        review.MapPost("/{id:guid}/items/{itemId}/accept", Accept).Accepts<AcceptRequest>(isOptional: true, "application/json");
        review.MapPost("/{id:guid}/items/{itemId}/drop", Drop);
        return endpoints;
    }

    /// <summary><c>GET /api/v1/drafts?limit=N</c>: the newest drafts first (default 100, at most 1000), each
    /// with counts of pending, accepted and dropped items; no text.</summary>
    private static async Task<Ok<IReadOnlyList<DraftSummaryView>>> List(int? limit, ClaimsPrincipal user, DraftService drafts, DraftClearance clearance,
        CancellationToken cancellationToken)
    {
        var reader = await clearance.ReaderAsync(user, cancellationToken);
        var visible = await clearance.VisibleAsync(reader, await drafts.ListAsync(limit ?? 100, cancellationToken), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DraftSummaryView>>([.. visible.Select(DraftSummaryView.Of)]);
    }

    /// <summary><c>GET /api/v1/drafts/{id}</c>: the draft text and every item with its field, label,
    /// extraction confidence, spans (UTF-16 offsets, end exclusive) and review state; 404 when unknown.</summary>
    private static async Task<Results<Ok<DraftView>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, DraftClearance clearance,
        CancellationToken cancellationToken) =>
        await clearance.ReadAsync(await clearance.ReaderAsync(user, cancellationToken), id, cancellationToken) is { } draft
            ? TypedResults.Ok(DraftView.Of(draft))
            : Problems.For(Storage.Drafts.DraftErrors.NotFound(id));

    /// <summary><c>POST /api/v1/drafts</c>: drafts a report sent as JSON <c>{text, source, published, language,
    /// title}</c>, as <c>text/plain</c> (charset = its encoding) with <c>?source=&amp;published=&amp;language=</c>, or as
    /// a file (<c>application/pdf</c>, <c>text/html</c> or <c>application/octet-stream</c>, with the same query) that is
    /// plain text, HTML or PDF, recognised by its content (docs/ingest.md, "Upload"). 201 with the draft and its location. Refusals, with nothing
    /// stored: 413 <c>too-large</c> (a report over 10 MiB, refused from <c>Content-Length</c> before the body is read);
    /// 415 <c>unsupported-file-type</c> (a file that is not text, HTML or PDF) or <c>unsupported-media-type</c>; 422
    /// <c>empty-text</c>, <c>binary-content</c>, <c>unknown-encoding</c>, <c>unsupported-language</c>,
    /// <c>unreadable-pdf</c>, <c>invalid-input</c> (no source, bad date); 400 <c>invalid-json</c>.</summary>
    private static async Task<Results<Created<DraftView>, ProblemHttpResult>> Create(HttpRequest request, ClaimsPrincipal user,
        DraftService drafts, DraftClearance clearance, CancellationToken cancellationToken)
    {
        var input = await DraftRequests.ReadReportAsync(request, cancellationToken);
        if (!input.IsSuccess)
        {
            return Problems.For(input.Error);
        }

        var reader = await clearance.ReaderAsync(user, cancellationToken);
        var created = await drafts.CreateAsync(input.Value, user.PrincipalId()!.Value, reader.MayRead, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"/api/v1/drafts/{created.Value.Id:D}", DraftView.Of(created.Value))
            : Problems.For(created.Error);
    }

    /// <summary><c>POST /api/v1/drafts/{id}/items/{itemId}/accept</c>, optional JSON body
    /// <c>{object, grade, collection}</c>: writes the item (or the analyst's correction of it) into the picture
    /// (or the named collection) as a new version created by our organisation, validated like any write, with
    /// the report stored alongside on the first accept. For claims and attributions, <c>grade</c> (e.g. B2)
    /// replaces the placeholder F6 and sets <c>confidence</c>. 200 with the item. 404 unknown draft, item or
    /// collection; 409 already reviewed or a version conflict; 422 invalid correction or grade.</summary>
    private static async Task<Results<Ok<DraftItemView>, ProblemHttpResult>> Accept(Guid id, string itemId, HttpRequest request,
        ClaimsPrincipal user, DraftReview review, DraftClearance clearance, CancellationToken cancellationToken)
    {
        if (await clearance.FindAsync(await clearance.ReaderAsync(user, cancellationToken), id, cancellationToken) is null)
        {
            return Problems.For(Storage.Drafts.DraftErrors.NotFound(id));
        }

        var body = await DraftRequests.ReadAcceptAsync(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return Problems.For(body.Error);
        }

        var accepted = await review.AcceptAsync(id, itemId, body.Value, user.PrincipalId()!.Value, cancellationToken);
        return accepted.IsSuccess ? TypedResults.Ok(DraftItemView.Of(accepted.Value)) : Problems.For(accepted.Error);
    }

    /// <summary><c>POST /api/v1/drafts/{id}/items/{itemId}/drop</c>: records that the item is not taken; nothing
    /// is written to the picture. 200 with the item; 404 unknown; 409 already reviewed.</summary>
    private static async Task<Results<Ok<DraftItemView>, ProblemHttpResult>> Drop(Guid id, string itemId, ClaimsPrincipal user,
        DraftReview review, DraftClearance clearance, CancellationToken cancellationToken)
    {
        if (await clearance.FindAsync(await clearance.ReaderAsync(user, cancellationToken), id, cancellationToken) is null)
        {
            return Problems.For(Storage.Drafts.DraftErrors.NotFound(id));
        }

        var dropped = await review.DropAsync(id, itemId, user.PrincipalId()!.Value, cancellationToken);
        return dropped.IsSuccess ? TypedResults.Ok(DraftItemView.Of(dropped.Value)) : Problems.For(dropped.Error);
    }
}
