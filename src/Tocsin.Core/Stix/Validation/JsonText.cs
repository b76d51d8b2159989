using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The one way the rules compare a JSON value with a text. <c>JsonElement.ValueEquals</c>
/// throws on anything but a string, and the value of a property is whatever the producer sent: a number where
/// the specification wants a string must become an issue, never an exception. BannedSymbols.txt bans the
/// throwing methods so that every comparison goes through here.</summary>
internal static class JsonText
{
    /// <summary>True when <paramref name="value"/> is a JSON string equal to <paramref name="utf8"/>.</summary>
    public static bool Is(JsonElement value, ReadOnlySpan<byte> utf8) =>
#pragma warning disable RS0030 // the kind is checked first
        value.ValueKind == JsonValueKind.String && value.ValueEquals(utf8);

    /// <summary>True when <paramref name="value"/> is a JSON string equal to <paramref name="text"/>.</summary>
    public static bool Is(JsonElement value, string text) =>
        value.ValueKind == JsonValueKind.String && value.ValueEquals(text);

    /// <summary>True when <paramref name="value"/> is a JSON string of at least one character.</summary>
    public static bool IsNonEmpty(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !value.ValueEquals(ReadOnlySpan<byte>.Empty);
#pragma warning restore RS0030
}
