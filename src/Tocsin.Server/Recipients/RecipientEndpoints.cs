using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Api.Contract;
using Tocsin.Server.Auth;
using Tocsin.Server.Webhooks;
using Tocsin.Storage;

namespace Tocsin.Server.Recipients;

/// <summary>Implementation reports, coverage and reminders of postures, and the sectors and groups of subscribers.</summary>
public static class RecipientEndpoints
{
    /// <summary>The header that carries a report link's token to the API.</summary>
    public const string TokenHeader = "tocsin-report-token";

    /// <summary>Maps <c>POST /api/v1/postures/{id}/reports</c> — body <c>{"reports": [{"measure", "status", "comment"}]}</c>,
    /// authenticated by the recipient's report link token in the <c>tocsin-report-token</c> header, or by an analyst,
    /// approver or administrator naming the <c>recipient</c>; 201 with the stored lines; 400 for a malformed body; 422
    /// for an unknown status, a comment over 2000 characters or a measure not addressed to the recipient (nothing is stored);
    /// 401 with neither credential; 403 for a forged, expired or other posture's token, or a recipient to whom nothing
    /// was addressed; 404 for an unknown posture; 409 when it is not in force.
    /// <c>GET /api/v1/postures/{id}/coverage</c> (any staff role) — counts by sector and territory and who has not
    /// answered; 404 for an unknown posture. <c>POST /api/v1/postures/{id}/reminders</c> (analyst or approver) — queues
    /// a reminder to each recipient that has not answered; 200 with how many; 404 / 409 as above.
    /// <c>PUT /api/v1/subscribers/{id}/recipient</c> (administrator) — body <c>{"sectors": [...], "groups": [...]}</c>;
    /// 200 with the lists; 422 naming an unknown sector or group (nothing changes); 404 for an unknown subscriber.</summary>
    public static IEndpointRouteBuilder MapRecipientEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var postures = endpoints.MapGroup("/api/v1/postures/{id:guid}").WithTags("Postures");
        // The token, not an ambient credential, authorises a recipient; the cross-site guard still refuses browser posts from elsewhere.
        postures.MapPost("/reports", ReportAsync).AllowAnonymous().Accepts<ReportRequest>("application/json");
        postures.MapGet("/coverage", CoverageAsync).RequireStaff();
        postures.MapPost("/reminders", RemindAsync).RequireStaff(Role.Analyst, Role.Approver);
        endpoints.MapPut("/api/v1/subscribers/{id:guid}/recipient", SetTermsAsync).WithTags("Publication").RequireStaff(Role.Admin)
            .Accepts<RecipientTermsRequest>("application/json");
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<IReadOnlyList<ReportResponse>>, ProblemHttpResult, ChallengeHttpResult>> ReportAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, ReportLinks links, ImplementationReporting reporting, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // Who is asking comes before what is asked: a caller with neither credential learns nothing from the body's
        // validation, as on every other internal endpoint (401 with the challenge for no one, 403 for a partner).
        var token = request.Headers[TokenHeader].ToString();
        var staff = StaffAccess.IsStaff(user, Role.Analyst, Role.Approver, Role.Admin);
        if (token.Length == 0 && !staff)
        {
            return user.Identity?.IsAuthenticated == true
                ? Problems.Forbidden(new Error("report-credentials-required", $"Send the report link's token in the {TokenHeader} header, or sign in as staff."))
                : TypedResults.Challenge();
        }

        var body = await ReadAsync<ReportRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return Problems.For(body.Error);
        }

        Guid recipient;
        string reporter;
        if (token.Length > 0)
        {
            var link = links.Check(token, clock.GetUtcNow());
            if (!link.IsSuccess)
            {
                return Problems.For(link.Error);
            }

            if (link.Value.PostureId != id)
            {
                return Problems.Forbidden(new Error("report-link-mismatch", "This report link is for another posture."));
            }

            (recipient, reporter) = (link.Value.SubscriberId, Storage.Recipients.ImplementationReport.ByLink);
        }
        else
        {
            if (body.Value.Recipient is not { } named)
            {
                return Problems.For(new Error("recipient-required", "Staff reporting for a recipient name it in \"recipient\"."));
            }

            (recipient, reporter) = (named, user.Identity?.Name ?? "staff");
        }

        var stored = await reporting.SubmitAsync(id, recipient, body.Value.Reports, reporter, cancellationToken);
        return stored.IsSuccess
            ? TypedResults.Json<IReadOnlyList<ReportResponse>>([.. stored.Value.Select(ReportResponse.Of)], WebhookJson.Options, statusCode: StatusCodes.Status201Created)
            : Problems.For(stored.Error);
    }

    private static async Task<Results<JsonHttpResult<PostureCoverageView>, ProblemHttpResult>> CoverageAsync(Guid id, PostureCoverage coverage,
        CancellationToken cancellationToken)
    {
        var view = await coverage.ForAsync(id, cancellationToken);
        return view.IsSuccess ? TypedResults.Json(view.Value, WebhookJson.Options) : Problems.For(view.Error);
    }

    private static async Task<Results<JsonHttpResult<RemindersResponse>, ProblemHttpResult>> RemindAsync(Guid id, ClaimsPrincipal user,
        PostureReminders reminders, CancellationToken cancellationToken)
    {
        var queued = await reminders.RemindAsync(id, user.Identity?.Name ?? "staff", cancellationToken);
        return queued.IsSuccess ? TypedResults.Json(new RemindersResponse(id, queued.Value), WebhookJson.Options) : Problems.For(queued.Error);
    }

    private static async Task<Results<JsonHttpResult<RecipientTermsRequest>, ProblemHttpResult>> SetTermsAsync(Guid id, HttpRequest request,
        ITocsinStore store, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<RecipientTermsRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return Problems.For(body.Error);
        }

        var terms = RecipientTermCheck.Check(body.Value.Sectors, body.Value.Groups);
        if (!terms.IsSuccess)
        {
            return Problems.For(terms.Error);
        }

        var set = await store.Webhooks.SetRecipientTermsAsync(id, terms.Value.Sectors, terms.Value.Groups, cancellationToken);
        return set.IsSuccess
            ? TypedResults.Json(new RecipientTermsRequest(set.Value.Sectors, set.Value.Groups), WebhookJson.Options)
            : Problems.For(set.Error);
    }

    private static async Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, WebhookJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return new Error("body-invalid", $"The body is not the expected JSON: {ex.Message}");
        }

        if (body is null)
        {
            return new Error("body-invalid", "The body must be a JSON object.");
        }

        return RequestBodyContract.FirstMissing(body) is { } missing ? RequiredFieldsFilter.Missing(missing) : body;
    }

    /// <summary>How many reminders were queued.</summary>
    public sealed record RemindersResponse(Guid Posture, int Queued);
}
