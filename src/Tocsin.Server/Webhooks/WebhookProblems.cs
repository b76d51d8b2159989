using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;

namespace Tocsin.Server.Webhooks;

/// <summary>RFC 9457 problem details for webhook errors; the error code travels as the <c>code</c> extension.</summary>
internal static class WebhookProblems
{
    public static ProblemHttpResult Of(Error error) => Problem(StatusOf(error.Code), error);

    public static ProblemHttpResult Problem(int status, Error error) =>
        TypedResults.Problem(detail: error.Message, statusCode: status, title: TitleOf(status), extensions: new Dictionary<string, object?> { ["code"] = error.Code });

    private static int StatusOf(string code) => code switch
    {
        "subscriber-name-taken" or "subscriber-id-taken" => StatusCodes.Status409Conflict,
        "subscriber-not-found" or "delivery-not-found" or "publication-not-found" => StatusCodes.Status404NotFound,
        "webhook-signature-missing" or "webhook-timestamp-invalid" or "webhook-signature-mismatch" or "subscriber-unknown" => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status401Unauthorized => "Not authenticated",
        _ => "Bad request",
    };
}
