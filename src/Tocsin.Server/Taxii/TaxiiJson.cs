using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tocsin.Server.Taxii;

/// <summary>How TAXII resources reach the wire: snake_case names, absent values omitted.</summary>
internal static class TaxiiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Sets the TAXII media type and status on a response about to carry a body.</summary>
    public static void Prepare(HttpResponse response, int statusCode)
    {
        response.StatusCode = statusCode;
        response.ContentType = TaxiiMediaTypes.Taxii21;
    }
}
