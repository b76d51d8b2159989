using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Tocsin.Core;
using Tocsin.Server.Taxii;

namespace Tocsin.Server.Api;

/// <summary>The one place a request that cannot be read becomes a refusal: when a minimal-API endpoint cannot
/// bind its parameters (a body that is not JSON, not UTF-8 text, holds a lone surrogate, or has a value of the
/// wrong JSON type; a missing body; a route or query value that does not parse), ASP.NET Core raises a
/// <see cref="BadHttpRequestException"/> carrying the status it chose (400, or 413/415). That status is kept and
/// the answer is an RFC 9457 problem of kind malformed (too large, unsupported media type) with code <c>request-unreadable</c> (a TAXII error on TAXII routes), with
/// the JSON path of the value that could not be read when there is one. A body that is read but invalid is
/// the endpoint's own refusal: 422 (<see cref="Problems"/>).</summary>
/// <remarks>Route handlers throw on bad requests in every environment (set in <c>TocsinServer</c>), so this
/// answer does not depend on the environment. No other exception is handled here: anything else is a 500.</remarks>
internal sealed class RequestBindingProblems : IExceptionHandler
{
    /// <summary>The problem code.</summary>
    public const string Code = "request-unreadable";

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        var detail = bad.InnerException is JsonException { Path: { } path }
            ? $"{bad.Message} The value at {path} cannot be read: it is not JSON text of the type this operation expects (malformed JSON, a value of the wrong JSON type, or a string that is not Unicode text)."
            : bad.Message;
        IResult result = httpContext.Request.Path.StartsWithSegments("/taxii2", StringComparison.Ordinal) && bad.StatusCode == StatusCodes.Status400BadRequest
            ? TaxiiErrors.From(TaxiiErrors.BadRequest(detail))
            : Problems.For(new Error(Code, detail) { Kind = KindOf(bad.StatusCode) });
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static ErrorKind KindOf(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ErrorKind.TooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorKind.UnsupportedMediaType,
        _ => ErrorKind.Malformed,
    };
}
