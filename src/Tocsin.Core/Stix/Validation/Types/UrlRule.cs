using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>URL (<c>url</c>, STIX 2.1 §6.15): its value, which must be a URL.</summary>
internal sealed class UrlRule() : SchemaTypeRule("url", new PropertyTable()
            .Required("value", PropertyKind.String))
{
    protected override void CheckCombinations(ValidationContext context) => CheckUrl(context, "value", "§6.15.1");

    /// <summary>Reports <paramref name="property"/> when it is a string but not an absolute URL (RFC 3986).</summary>
    public static void CheckUrl(ValidationContext context, string property, string clause)
    {
        if (context.Root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !UrlSyntax.IsAbsoluteUrl(value.GetString()!))
        {
            context.ErrorAt(property, RuleCodes.UrlFormat, $"'{value.GetString()}' is not a URL: RFC 3986 scheme ':' and the rest, e.g. https://example.com/a ({clause}).");
        }
    }
}
