using Tocsin.Core;
using Tocsin.Server.Auth.Factors;

namespace Tocsin.Server.Taxii;

/// <summary>Every TAXII error response, in one place (TAXII 2.1 §3.6 and the status tables of §4–§5).
/// Refusals inside the TAXII area are <see cref="Error"/> values with one of the codes below;
/// <see cref="From"/> maps them to HTTP.</summary>
public static class TaxiiErrors
{
    /// <summary>Code of a malformed request (bad filter, bad cursor, bad envelope): 400.</summary>
    public const string BadRequestCode = "bad-request";

    /// <summary>Code of a resource that does not exist or that the principal may not see: 404.</summary>
    public const string NotFoundCode = "not-found";

    /// <summary>Code of a visible collection the principal may not use this way: 403.</summary>
    public const string ForbiddenCode = "forbidden";

    /// <summary>Code of a body larger than <c>max_content_length</c>: 413.</summary>
    public const string TooLargeCode = "too-large";

    /// <summary>Code of an envelope with more objects than the server takes in one request: 413.</summary>
    public const string TooManyObjectsCode = "too-many-objects";

    /// <summary>Code of a principal with too many requests in progress: 429.</summary>
    public const string TooManyRequestsCode = "too-many-requests";

    /// <summary>400 with the reason.</summary>
    public static Error BadRequest(string description) => new(BadRequestCode, description);

    /// <summary>404; the same words whether the thing is missing or hidden, so that ids do not leak.</summary>
    public static Error NotFound(string what) => new(NotFoundCode, $"No {what} with that identifier is available to you.");

    /// <summary>403.</summary>
    public static Error Forbidden(string description) => new(ForbiddenCode, description);

    /// <summary>413.</summary>
    public static Error TooLarge(long max) => new(TooLargeCode, $"The request body exceeds max_content_length ({max} bytes).");

    /// <summary>413: the envelope carries more than <paramref name="max"/> objects.</summary>
    public static Error TooManyObjects(int max) => new(TooManyObjectsCode, $"The envelope carries more than {max} objects; send them in several requests.");

    /// <summary>429: the principal already has <paramref name="max"/> requests in progress.</summary>
    public static Error TooManyRequests(int max) => new(TooManyRequestsCode,
        $"These credentials already have {max} requests in progress; wait for one to finish (Retry-After), then try again.");

    /// <summary>The response of a refusal made in the TAXII area.</summary>
    /// <exception cref="ArgumentException">The code is not one of this class's codes (a bug).</exception>
    public static TaxiiErrorResult From(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            BadRequestCode => new(StatusCodes.Status400BadRequest, "Bad request", error.Message, error.Code),
            NotFoundCode => new(StatusCodes.Status404NotFound, "Not found", error.Message, error.Code),
            ForbiddenCode => new(StatusCodes.Status403Forbidden, "Forbidden", error.Message, error.Code),
            TooLargeCode => new(StatusCodes.Status413PayloadTooLarge, "Request too large", error.Message, error.Code),
            TooManyObjectsCode => new(StatusCodes.Status413PayloadTooLarge, "Too many objects", error.Message, error.Code),
            TooManyRequestsCode => new(StatusCodes.Status429TooManyRequests, "Too many requests in progress", error.Message, error.Code),
            _ => throw new ArgumentException($"'{error.Code}' is not a TAXII error code.", nameof(error)),
        };
    }

    /// <summary>401 after the Basic challenge was written (with <c>WWW-Authenticate</c>), or 429 when the
    /// login throttle refused the attempt.</summary>
    public static TaxiiErrorResult Unauthenticated(int statusCode) => statusCode == StatusCodes.Status429TooManyRequests
        ? new(statusCode, "Too many failed logins", "Wait for the time Retry-After gives, then try again.", "too-many-requests")
        : new(StatusCodes.Status401Unauthorized, "Authentication required", "Send HTTP Basic credentials: a user name and password, or an API key as user name with an empty password.", "unauthorized");

    /// <summary>401 for a principal that must send a second factor with its password and sent none, or a wrong or
    /// used one.</summary>
    public static TaxiiErrorResult SecondFactorRequired(string description) =>
        new(StatusCodes.Status401Unauthorized, "Second factor required", description, BasicSecondFactor.ProblemCode);

    /// <summary>406: the <c>Accept</c> header allows no TAXII 2.1 response.</summary>
    public static TaxiiErrorResult NotAcceptable() => new(StatusCodes.Status406NotAcceptable, "Not acceptable",
        $"This server answers only with {TaxiiMediaTypes.Taxii21}; send that in Accept.", "not-acceptable");

    /// <summary>415: a POST body that is not TAXII 2.1.</summary>
    public static TaxiiErrorResult UnsupportedMediaType() => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
        $"Send the envelope with Content-Type: {TaxiiMediaTypes.Taxii21}.", "unsupported-media-type");

    /// <summary>404 for a path under <c>/taxii2/</c> that names no TAXII endpoint.</summary>
    public static TaxiiErrorResult NoSuchEndpoint() => From(NotFound("TAXII endpoint"));
}
