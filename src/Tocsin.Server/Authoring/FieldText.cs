using System.Text.Json;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>Reading the values of form fields and of stored versions, the same way for every shape.</summary>
internal static class FieldText
{
    /// <summary>A timestamp field: blank is null; otherwise RFC 3339 (<c>Z</c> or an offset), or a date and time
    /// without zone as a <c>datetime-local</c> input sends it, taken as UTC. Written back with milliseconds and <c>Z</c>.</summary>
    public static Result<string?> Timestamp(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<string?>.Success(null);
        }

        var trimmed = text.Trim();
        if (StixTimestamp.TryParse(trimmed, out var stamp))
        {
            return StixTimestamp.FromInstant(stamp.Instant).Text;
        }

        return DateTimeOffset.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"],
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var local)
            ? StixTimestamp.FromInstant(local).Text
            : AuthoringErrors.Invalid(field, $"'{text}' is not a date and time (RFC 3339, e.g. 2024-03-22T17:00:00Z).");
    }

    /// <summary>The non-blank lines or items, trimmed, each once (ordinal).</summary>
    public static IReadOnlyList<string> Items(IEnumerable<string?>? values) =>
        values is null ? [] : [.. values.Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A string property of a stored object, or null.</summary>
    public static string? Text(JsonElement json, string property) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An integer property of a stored object, or null.</summary>
    public static int? Number(JsonElement json, string property) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    /// <summary>A list of strings of a stored object, empty when absent.</summary>
    public static IReadOnlyList<string> List(JsonElement json, string property) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    /// <summary>An extension object of a stored version, or an undefined element.</summary>
    public static JsonElement Extension(StixObject version, string id) =>
        version.Root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty(id, out var extension) ? extension : default;

    /// <summary>The id parsed from a reference field, or a refusal naming the field.</summary>
    public static Result<string> Reference(string field, string? text, IReadOnlyList<string> types)
    {
        var trimmed = text?.Trim();
        return StixId.TryParse(trimmed, out var id) && types.Contains(id.Type)
            ? trimmed!
            : AuthoringErrors.Invalid(field, $"'{text}' is not the id of {string.Join(" or ", types.Select(t => "a " + t))}.");
    }
}
