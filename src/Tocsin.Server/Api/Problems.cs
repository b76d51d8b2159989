using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;

namespace Tocsin.Server.Api;

/// <summary>The one place JSON API refusals become RFC 9457 problem details: <c>type</c>
/// <c>urn:tocsin:problem:{code}</c>, <c>title</c> the code, <c>detail</c> the message, and the extension
/// member <c>code</c>. Status by kind of refusal: not found 404; a principal not allowed to do this 403;
/// a state conflict 409; anything else about the request's content 422.</summary>
public static class Problems
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal)
    {
        "proposer-role-required", "approver-role-required", "same-person-cannot-approve", "not-cancellation-proposer", "not-proposer",
    };

    private static readonly HashSet<string> Conflicts = new(StringComparer.Ordinal)
    {
        "already-approved", "not-pending", "not-approved", "already-expired", "cancellation-pending", "no-cancellation-pending", "decision-changed", "decision-exists", "publication-identifier-taken",
    };

    private static readonly HashSet<string> NotFound = new(StringComparer.Ordinal)
    {
        "decision-not-found", "principal-not-found", "message-not-found", "point-outside-territories",
    };

    /// <summary>The HTTP status for an error code.</summary>
    public static int StatusOf(string code) =>
        NotFound.Contains(code) ? StatusCodes.Status404NotFound
        : Forbidden.Contains(code) ? StatusCodes.Status403Forbidden
        : Conflicts.Contains(code) ? StatusCodes.Status409Conflict
        : StatusCodes.Status422UnprocessableEntity;

    /// <summary>The problem for <paramref name="error"/> with the status <see cref="StatusOf"/> gives.</summary>
    public static ProblemHttpResult For(Error error) => For(error, StatusOf(error.Code));

    /// <summary>The problem for <paramref name="error"/> with an explicit <paramref name="status"/>, for a
    /// code whose meaning depends on where it occurs (an unknown territory in a path is a 404).</summary>
    public static ProblemHttpResult For(Error error, int status)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: error.Code,
            type: "urn:tocsin:problem:" + error.Code,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }
}
