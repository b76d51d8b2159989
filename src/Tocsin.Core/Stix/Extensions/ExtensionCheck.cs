using System.Globalization;
using System.Text.Json;

namespace Tocsin.Core.Stix.Extensions;

/// <summary>The checks of one extension value on one object: collects issues with paths of the form
/// <c>$.extensions['extension-definition--…'].property</c>.</summary>
internal sealed class ExtensionCheck
{
    private readonly List<ValidationIssue> _issues;

    public ExtensionCheck(StixObject stixObject, string extensionId, JsonElement value, List<ValidationIssue> issues)
    {
        Object = stixObject;
        Value = value;
        Path = $"$.extensions['{extensionId}']";
        _issues = issues;
    }

    public StixObject Object { get; }

    public JsonElement Value { get; }

    public string Path { get; }

    public void Error(string? property, string rule, string message) => Add(ValidationSeverity.Error, property, rule, message);

    public void Warning(string? property, string rule, string message) => Add(ValidationSeverity.Warning, property, rule, message);

    /// <summary>Reports every property not in <paramref name="known"/>.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var property in Value.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Error(property.Name, "extension-unknown-property", $"'{property.Name}' is not a property of this extension.");
            }
        }
    }

    public void RequireExtensionType()
    {
        if (String("extension_type") != "property-extension")
        {
            Error("extension_type", "extension-type", "'extension_type' must be 'property-extension'.");
        }
    }

    /// <summary>The string value of <paramref name="property"/>, or null when absent or not a string.</summary>
    public string? String(string property) =>
        Value.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public bool Has(string property) => Value.TryGetProperty(property, out _);

    /// <summary>Reads an optional non-negative integer; reports anything else (negative, fraction, text).</summary>
    public long? NonNegativeInteger(string property, string rule)
    {
        if (!Value.TryGetProperty(property, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var n) || n < 0)
        {
            Error(property, rule, $"'{property}' must be a non-negative integer (omit it when unknown), not {v.GetRawText()}.");
            return null;
        }

        return n;
    }

    /// <summary>Checks a required or optional STIX timestamp.</summary>
    public void Timestamp(string property, string rule, bool required)
    {
        if (!Has(property))
        {
            if (required)
            {
                Error(property, rule, $"'{property}' is required.");
            }

            return;
        }

        if (!StixTimestamp.TryParse(String(property), out _))
        {
            Error(property, rule, $"'{property}' must be a STIX timestamp (RFC 3339, UTC, ending in Z).");
        }
    }

    /// <summary>Checks that <paramref name="property"/>, when present, is a non-empty list of non-empty
    /// strings, and warns about values outside <paramref name="vocabulary"/>.</summary>
    public void OpenVocabularyList(string property, IReadOnlyList<string> vocabulary, string vocabularyName)
    {
        if (!Value.TryGetProperty(property, out var v))
        {
            return;
        }

        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() == 0)
        {
            Error(property, "terrorism-list", $"'{property}' must be a non-empty list of strings.");
            return;
        }

        var index = 0;
        foreach (var item in v.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{property}[{index}]");
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(item.GetString()))
            {
                Error(itemPath, "terrorism-list", $"'{property}' must hold non-empty strings only.");
            }
            else if (!vocabulary.Contains(item.GetString()!))
            {
                Warning(itemPath, "terrorism-vocabulary", $"'{item.GetString()}' is not in {vocabularyName}; open vocabularies allow it, but check the spelling.");
            }

            index++;
        }
    }

    private void Add(ValidationSeverity severity, string? property, string rule, string message)
    {
        var id = string.IsNullOrEmpty(Object.Id) ? null : Object.Id;
        var path = property is null ? Path : $"{Path}.{property}";
        _issues.Add(new ValidationIssue(severity, id, path, rule, message));
    }
}
