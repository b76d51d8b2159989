using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;

namespace Tocsin.Server.Sharing;

/// <summary>RFC 9457 problem details for the sharing API: the error code as <c>type</c> suffix and title.</summary>
internal static class SharingProblems
{
    public static ProblemHttpResult BadRequest(Error error) => Of(error, StatusCodes.Status400BadRequest);

    public static ProblemHttpResult NotFound(Error error) => Of(error, StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(Error error) => Of(error, StatusCodes.Status409Conflict);

    public static ProblemHttpResult Forbidden(Error error) => Of(error, StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Unprocessable(Error error) => Of(error, StatusCodes.Status422UnprocessableEntity);

    private static ProblemHttpResult Of(Error error, int status) =>
        TypedResults.Problem(detail: error.Message, statusCode: status, title: error.Code, type: "https://tocsin.example.org/problems/" + error.Code);
}
