using Microsoft.AspNetCore.Http.Features;
using Tocsin.Core;

namespace Tocsin.Server.Operations;

/// <summary>Refuses a request over <see cref="LimitSettings"/> before any endpoint reads it, with nothing changed: a
/// body larger than <see cref="LimitSettings.MaxRequestBodyBytes"/> (413 <c>body-too-large</c>, from its
/// <c>Content-Length</c> or as soon as a chunked body passes the limit), and a JSON body of the API that breaks
/// <see cref="JsonShape"/>. TAXII keeps its own limits (<c>max_content_length</c>, objects per envelope), answered
/// with TAXII error bodies by its endpoints.</summary>
public sealed class RequestLimits(RequestDelegate next, LimitSettings limits)
{
    /// <summary>Checks the request, then serves it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (request.ContentLength > limits.MaxRequestBodyBytes)
        {
            await LimitAnswers.ProblemAsync(context, BodyTooLarge());
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        }

        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && request.HasJsonContentType()
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            var refused = await CheckJsonAsync(request, context.RequestAborted);
            if (refused is not null)
            {
                await LimitAnswers.ProblemAsync(context, refused);
                return;
            }
        }

        await next(context);
    }

    private Error BodyTooLarge() =>
        new Error("body-too-large", $"The request body is larger than {limits.MaxRequestBodyBytes} bytes (Tocsin:Limits:MaxRequestBodyBytes).") { Kind = ErrorKind.TooLarge };

    // Reads the body once into memory (it is at most MaxRequestBodyBytes), checks it, and puts it back for the endpoint.
    private async Task<Error?> CheckJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxRequestBodyBytes)
            {
                return BodyTooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        request.Body = new MemoryStream(body, writable: false);
        return JsonShape.Check(body, limits);
    }
}
