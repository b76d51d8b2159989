using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;

namespace Tocsin.Server.Ingest;

/// <summary>The one place where ingest and review errors become RFC 9457 problem details: <c>too-large</c>
/// 413; unreadable or unusable content 422; malformed requests 400; unknown drafts, items and collections
/// (and collections the principal holds no grant on) 404; a collection without a write grant 403; decisions already taken and version conflicts 409; unsupported media types 415. The error code is
/// in the <c>code</c> extension member.</summary>
internal static class DraftProblems
{
    public static ProblemHttpResult For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Code switch
        {
            "too-large" => StatusCodes.Status413PayloadTooLarge,
            "invalid-input" or "invalid-json" => StatusCodes.Status400BadRequest,
            "draft-not-found" or "draft-item-not-found" or "collection-not-found" => StatusCodes.Status404NotFound,
            "collection-write-forbidden" => StatusCodes.Status403Forbidden,
            "draft-item-not-pending" or "conflict" => StatusCodes.Status409Conflict,
            "unsupported-media-type" => StatusCodes.Status415UnsupportedMediaType,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return TypedResults.Problem(detail: error.Message, statusCode: status, title: Title(error.Code),
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    private static string Title(string code) => code switch
    {
        "too-large" => "The report is too large",
        "empty-text" => "The report is empty",
        "binary-content" => "The report is not text",
        "unknown-encoding" => "The text could not be decoded",
        "unsupported-language" => "The language is not supported",
        "draft-not-found" or "draft-item-not-found" => "No such draft or item",
        "draft-item-not-pending" => "The item was already reviewed",
        _ => "The request cannot be processed",
    };
}
