using System.Text.Json;

namespace Tocsin.Server.Taxii;

/// <summary>A TAXII resource (discovery, API root, collections, status) as a response with the TAXII media type.</summary>
public sealed class TaxiiResource<T>(T value, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    /// <inheritdoc />
    public int? StatusCode => statusCode;

    /// <inheritdoc />
    public T Value => value;

    object? IValueHttpResult.Value => value;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        TaxiiJson.Prepare(httpContext.Response, statusCode);
        return JsonSerializer.SerializeAsync(httpContext.Response.Body, value, TaxiiJson.Options, httpContext.RequestAborted);
    }
}
