using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>The JSON of a version being written: a new object's common properties, or the next version of a stored
/// one, and the bytes stored at the end. Properties the forms do not name are carried over untouched.</summary>
internal static class ObjectJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A new object of <paramref name="type"/> created now by <paramref name="creator"/>.</summary>
    public static JsonObject New(string type, string creator, DateTimeOffset now)
    {
        var stamp = StixTimestamp.FromInstant(now).Text;
        return new JsonObject
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = $"{type}--{Guid.NewGuid():D}",
            ["created"] = stamp,
            ["modified"] = stamp,
            ["created_by_ref"] = creator,
        };
    }

    /// <summary>The next version of <paramref name="latest"/>: the same properties, <c>modified</c> now or, when the
    /// clock has not moved past it, one millisecond after it, so a version is never overwritten.</summary>
    public static JsonObject NextVersion(StixObject latest, DateTimeOffset now)
    {
        var json = JsonNode.Parse(latest.Json.Span)!.AsObject();
        var floor = latest.VersionTimestamp is { } current ? current.Instant.AddMilliseconds(1) : now;
        json["modified"] = StixTimestamp.FromInstant(now > floor ? now : floor).Text;
        return json;
    }

    /// <summary>Sets a string property, or removes it when the value is blank.</summary>
    public static void SetText(JsonObject json, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            json.Remove(property);
        }
        else
        {
            json[property] = value.Trim();
        }
    }

    /// <summary>Sets a list of strings, or removes it when empty.</summary>
    public static void SetList(JsonObject json, string property, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            json.Remove(property);
        }
        else
        {
            json[property] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]);
        }
    }

    /// <summary>The extension object <paramref name="id"/> of <paramref name="json"/>, made when missing.</summary>
    public static JsonObject Extension(JsonObject json, string id)
    {
        if (json["extensions"] is not JsonObject extensions)
        {
            extensions = [];
            json["extensions"] = extensions;
        }

        if (extensions[id] is not JsonObject extension)
        {
            extension = new JsonObject { ["extension_type"] = "property-extension" };
            extensions[id] = extension;
        }

        return extension;
    }

    /// <summary>Removes the extension <paramref name="id"/> when it holds nothing but its type, and
    /// <c>extensions</c> when it is then empty.</summary>
    public static void DropEmptyExtension(JsonObject json, string id)
    {
        if (json["extensions"] is JsonObject extensions)
        {
            if (extensions[id] is JsonObject extension && extension.Count == 1 && extension.ContainsKey("extension_type"))
            {
                extensions.Remove(id);
            }

            if (extensions.Count == 0)
            {
                json.Remove("extensions");
            }
        }
    }

    /// <summary>The bytes of <paramref name="json"/> as the STIX object stored.</summary>
    public static StixObject ToStix(JsonObject json)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteTo(writer);
        }

        return StixObject.FromTrusted(buffer.WrittenMemory.ToArray());
    }
}
