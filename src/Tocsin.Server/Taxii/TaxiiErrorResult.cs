using System.Globalization;
using System.Text.Json;

namespace Tocsin.Server.Taxii;

/// <summary>A TAXII error response: the error message resource with the TAXII media type. Made only by <see cref="TaxiiErrors"/>.</summary>
public sealed class TaxiiErrorResult : IResult, IStatusCodeHttpResult
{
    internal TaxiiErrorResult(int statusCode, string title, string description, string errorCode)
    {
        StatusCode = statusCode;
        Error = new TaxiiError(title, description, errorCode, statusCode.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The body.</summary>
    public TaxiiError Error { get; }

    /// <inheritdoc />
    public int? StatusCode { get; }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        TaxiiJson.Prepare(httpContext.Response, StatusCode!.Value);
        return JsonSerializer.SerializeAsync(httpContext.Response.Body, Error, TaxiiJson.Options, httpContext.RequestAborted);
    }
}
