using System.Text.Json;
using Tocsin.Core;

namespace Tocsin.Server.Operations;

/// <summary>Checks a JSON body against the structural limits before any endpoint deserialises it, in one pass of a
/// reader that allocates nothing: nesting depth (<c>json-too-deep</c>, 400), string length (<c>json-string-too-long</c>,
/// 413), array length (<c>json-array-too-long</c>, 413), and bytes that are not UTF-8 (<c>json-not-utf8</c>, 400). Any
/// other body that is not JSON passes: reading it is the endpoint's business, and its refusal is the one the client
/// should see.</summary>
public static class JsonShape
{
    /// <summary>The first limit <paramref name="body"/> breaks, or null.</summary>
    public static Error? Check(ReadOnlySpan<byte> body, LimitSettings limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        // RFC 8259 §8.1: JSON exchanged between systems is UTF-8. The reader does not check the bytes of a string it
        // skips, so a value of a property an endpoint ignores would otherwise pass unread.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return new Error("json-not-utf8", "The JSON body is not valid UTF-8 (RFC 8259 §8.1).") { Kind = ErrorKind.Malformed };
        }

        // The reader's own depth check fires one level past ours, so ours always speaks first.
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = limits.MaxJsonDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        Span<int> counts = stackalloc int[limits.MaxJsonDepth + 2];
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                if (depth > 0 && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName)
                    && ++counts[depth - 1] > limits.MaxJsonArrayLength)
                {
                    return new Error("json-array-too-long", $"An array holds more than {limits.MaxJsonArrayLength} items (Tocsin:Limits:MaxJsonArrayLength).") { Kind = ErrorKind.TooLarge };
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartArray or JsonTokenType.StartObject:
                        if (depth + 1 > limits.MaxJsonDepth)
                        {
                            return new Error("json-too-deep", $"The JSON nests deeper than {limits.MaxJsonDepth} levels (Tocsin:Limits:MaxJsonDepth).") { Kind = ErrorKind.Malformed };
                        }

                        // Counted as items of an array only: an object's members are counted as 0 below.
                        counts[depth] = reader.TokenType == JsonTokenType.StartArray ? 0 : int.MinValue;
                        break;
                    case JsonTokenType.String or JsonTokenType.PropertyName:
                        if (reader.ValueSpan.Length > limits.MaxJsonStringBytes)
                        {
                            return new Error("json-string-too-long", $"A string is longer than {limits.MaxJsonStringBytes} bytes (Tocsin:Limits:MaxJsonStringBytes).") { Kind = ErrorKind.TooLarge };
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
