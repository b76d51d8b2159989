using Tocsin.Core;
using Tocsin.Server.Api;
using Tocsin.Server.Taxii;

namespace Tocsin.Server.Operations;

/// <summary>How a middleware refuses a request over a limit: an RFC 9457 problem (<see cref="Problems"/>), or the TAXII
/// error resource on TAXII paths.</summary>
internal static class LimitAnswers
{
    /// <summary>Writes <paramref name="error"/> as a problem.</summary>
    public static Task ProblemAsync(HttpContext context, Error error) => Problems.For(error).ExecuteAsync(context);

    /// <summary>Writes 429 <c>too-many-requests</c> with <c>Retry-After</c> (seconds), a TAXII error under <c>/taxii2</c>.</summary>
    public static Task TooManyRequestsAsync(HttpContext context, int concurrent, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = TaxiiErrors.TooManyRequests(concurrent);
        if (context.Request.Path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase))
        {
            return TaxiiErrors.From(error).ExecuteAsync(context);
        }

        return TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests in progress",
            type: Problems.TypePrefix + "too-many-requests",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code }).ExecuteAsync(context);
    }
}
