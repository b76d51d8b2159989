using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;

namespace Tocsin.Server.Api;

/// <summary>The one place JSON API refusals become RFC 9457 problem details, for every area (plan, decisions,
/// drafts, partners, tearlines, contributions, subscribers, acknowledgements). The <see cref="ErrorKind"/> of the
/// error decides everything but the detail: <c>type</c> <c>urn:tocsin:problem:{kind}</c>, a fixed <c>title</c>
/// and the status (<see cref="StatusOf"/>); <c>detail</c> is the error's message and the extension member
/// <c>code</c> its precise code. The vocabulary is documented in docs/api.md. TAXII routes answer TAXII error
/// resources instead (<c>Taxii/TaxiiErrors.cs</c>).</summary>
public static class Problems
{
    /// <summary>The prefix of every problem <c>type</c>.</summary>
    public const string TypePrefix = "urn:tocsin:problem:";

    /// <summary>The HTTP status of a kind of refusal.</summary>
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Malformed => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
    };

    /// <summary>The <c>title</c> of a kind of refusal: the same for every problem of that kind.</summary>
    public static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => "The request breaks a rule",
        ErrorKind.Malformed => "The request cannot be read",
        ErrorKind.NotFound => "Not found",
        ErrorKind.Conflict => "Conflicts with the current state",
        ErrorKind.Forbidden => "Not allowed",
        ErrorKind.Unauthenticated => "Not authenticated",
        ErrorKind.TooLarge => "Too large",
        ErrorKind.UnsupportedMediaType => "Unsupported media type",
    };

    /// <summary>The <c>type</c> URI of a kind of refusal, e.g. <c>urn:tocsin:problem:not-found</c>.</summary>
    public static string TypeOf(ErrorKind kind) => TypePrefix + kind switch
    {
        ErrorKind.Invalid => "invalid",
        ErrorKind.Malformed => "malformed",
        ErrorKind.NotFound => "not-found",
        ErrorKind.Conflict => "conflict",
        ErrorKind.Forbidden => "forbidden",
        ErrorKind.Unauthenticated => "unauthenticated",
        ErrorKind.TooLarge => "too-large",
        ErrorKind.UnsupportedMediaType => "unsupported-media-type",
    };

    /// <summary>The problem for <paramref name="error"/>, by its kind.</summary>
    public static ProblemHttpResult For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusOf(error.Kind),
            title: TitleOf(error.Kind),
            type: TypeOf(error.Kind),
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    /// <summary>The problem for <paramref name="error"/> as a not-found refusal, whatever its code's default kind
    /// (an unknown scheme named in a path).</summary>
    public static ProblemHttpResult NotFound(Error error) => For(error.As(ErrorKind.NotFound));

    /// <summary>The problem for <paramref name="error"/> as a state conflict.</summary>
    public static ProblemHttpResult Conflict(Error error) => For(error.As(ErrorKind.Conflict));

    /// <summary>The problem for <paramref name="error"/> as a refusal of the principal.</summary>
    public static ProblemHttpResult Forbidden(Error error) => For(error.As(ErrorKind.Forbidden));
}
