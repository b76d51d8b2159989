using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Tocsin.Server.Tests.HostileInput;

/// <summary>Bodies for the endpoint sweep: raw texts that cannot be read, and, for an endpoint whose
/// body type is known, a plausible body with one property at a time replaced by a hostile value.</summary>
public static class HostileBodies
{
    private const string LoneSurrogate = "\"\\ud800\"";

    /// <summary>Bodies that cannot be read as the JSON an endpoint expects: each must be refused.</summary>
    public static IEnumerable<(string Label, byte[] Body)> Unreadable()
    {
        yield return ("empty body", []);
        yield return ("truncated JSON", "{\"name\":"u8.ToArray());
        yield return ("not JSON", "hello"u8.ToArray());
        yield return ("invalid UTF-8", [.. "{\"name\":\""u8, 0xFF, 0xFE, .. "\"}"u8]);
        yield return ("UTF-8 of a surrogate", [.. "{\"name\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8]);
        yield return ("lone surrogate in a name", Encoding.UTF8.GetBytes("{" + LoneSurrogate + ":1}"));
        yield return ("deep nesting", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000))));
    }

    /// <summary>Bodies of the wrong JSON shape at the top: each must be refused.</summary>
    public static IEnumerable<(string Label, byte[] Body)> WrongTopLevel()
    {
        yield return ("a JSON array", "[]"u8.ToArray());
        yield return ("a JSON string", "\"text\""u8.ToArray());
        yield return ("a JSON number", "42"u8.ToArray());
        yield return ("a lone surrogate string", Encoding.UTF8.GetBytes(LoneSurrogate));
    }

    /// <summary>For each property of <paramref name="type"/> and each hostile value: the label, the body
    /// and whether the value must be refused (wrong JSON type, not Unicode text).</summary>
    public static IEnumerable<(string Label, byte[] Body, bool MustRefuse)> PropertyVariants(Type type, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object || info.Properties.Count == 0)
        {
            yield break;
        }

        var baseline = Plausible(type, options, 0)!.AsObject();
        foreach (var property in info.Properties)
        {
            foreach (var (label, value, mustRefuse) in HostileValues(property.PropertyType))
            {
                var body = baseline.DeepClone().AsObject();
                body[property.Name] = value;
                var text = body.ToJsonString().Replace("\"@@LONE@@\"", LoneSurrogate, StringComparison.Ordinal);
                yield return ($"{property.Name}: {label}", Encoding.UTF8.GetBytes(text), mustRefuse);
            }
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value, bool MustRefuse)> HostileValues(Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        var isString = core == typeof(string);
        var isNumber = core.IsPrimitive && core != typeof(bool) || core == typeof(decimal);
        var isList = core != typeof(string) && typeof(IEnumerable).IsAssignableFrom(core) && !IsDictionary(core);
        if (isString)
        {
            yield return ("a number for a string", JsonValue.Create(12345), true);
            yield return ("an object for a string", new JsonObject(), true);
            yield return ("a lone surrogate", JsonValue.Create("@@LONE@@"), true);
            yield return ("control characters", JsonValue.Create("a\u0000b\u0001c\u001bd\u007f"), false);
            yield return ("an oversized string", JsonValue.Create(new string('A', 300_000)), false);
            yield return ("bidi and markup", JsonValue.Create("\u202e<script>alert(1)</script>' OR 1=1 --"), false);
        }
        else if (isNumber)
        {
            yield return ("a string for a number", JsonValue.Create("twelve"), true);
            yield return ("a huge number", JsonNode.Parse("123456789012345678901234567890"), true);
            yield return ("a negative number", JsonValue.Create(-1), false);
            yield return ("a float", JsonValue.Create(1e308), false);
        }
        else if (isList)
        {
            yield return ("a string for a list", JsonValue.Create("x"), true);
            yield return ("a list of lone surrogates", JsonNode.Parse("[\"@@LONE@@\"]"), true);
            yield return ("a list of numbers", JsonNode.Parse("[1,2,3]"), false);
            yield return ("a huge list", new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)JsonValue.Create("x" + i.ToString(CultureInfo.InvariantCulture)))]), false);
        }
        else if (core == typeof(bool))
        {
            yield return ("a string for a boolean", JsonValue.Create("yes"), true);
        }
        else if (core == typeof(DateTimeOffset) || core == typeof(DateTime) || core == typeof(Guid))
        {
            yield return ($"a malformed {core.Name}", JsonValue.Create("not-a-value"), true);
            yield return ($"a number for a {core.Name}", JsonValue.Create(7), true);
            yield return ($"a lone surrogate for a {core.Name}", JsonValue.Create("@@LONE@@"), true);
        }
        else
        {
            yield return ("a number for an object", JsonValue.Create(7), false);
            yield return ("a lone surrogate for an object", JsonValue.Create("@@LONE@@"), false);
        }

        yield return ("null", null, false);
    }

    private static JsonNode? Plausible(Type type, JsonSerializerOptions options, int depth)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core == typeof(string))
        {
            return "x";
        }

        if (core == typeof(bool))
        {
            return true;
        }

        if (core.IsPrimitive || core == typeof(decimal))
        {
            return 1;
        }

        if (core == typeof(DateTimeOffset) || core == typeof(DateTime))
        {
            return TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        if (core == typeof(Guid))
        {
            return Guid.NewGuid().ToString();
        }

        if (core.IsEnum)
        {
            return JsonSerializer.SerializeToNode(Enum.GetValues(core).GetValue(0), core, options);
        }

        if (depth > 3 || core == typeof(JsonElement) || core == typeof(object))
        {
            return new JsonObject();
        }

        var info = options.GetTypeInfo(core);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => new JsonArray(Plausible(info.ElementType!, options, depth + 1)),
            JsonTypeInfoKind.Dictionary => new JsonObject { ["key"] = Plausible(info.ElementType!, options, depth + 1) },
            JsonTypeInfoKind.Object => new JsonObject(info.Properties.Select(p => KeyValuePair.Create(p.Name, Plausible(p.PropertyType, options, depth + 1)))),
            JsonTypeInfoKind.None => "x",
            _ => null,
        };
    }

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
            && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)));
}
