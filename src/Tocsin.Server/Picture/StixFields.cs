using System.Text.Json;

namespace Tocsin.Server.Picture;

/// <summary>Reads optional properties of a stored STIX object for display: a property of the wrong JSON kind reads as
/// absent, because the picture keeps objects exactly as received and a page must still render them.</summary>
internal static class StixFields
{
    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static IReadOnlyList<string> Texts(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    public static int? Integer(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number)
            ? number
            : null;

    public static double? Number(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    /// <summary>The object of extension <paramref name="extensionId"/>, or an undefined element when absent.</summary>
    public static JsonElement Extension(JsonElement root, string extensionId) =>
        root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty(extensionId, out var extension) && extension.ValueKind == JsonValueKind.Object
            ? extension
            : default;
}
