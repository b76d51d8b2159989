using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tocsin.Server.Webhooks;

/// <summary>The wire form of webhook API bodies: snake_case names.</summary>
internal static class WebhookJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
