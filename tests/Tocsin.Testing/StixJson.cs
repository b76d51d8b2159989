using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Testing;

/// <summary>Builds the JSON text of valid STIX 2.1 objects that a test then adjusts:
/// <c>StixJson.Indicator().Modified("2024-03-23T09:00:00.000Z").Build()</c>.</summary>
public sealed class StixJson
{
    /// <summary>The <c>created</c> time of built objects unless changed.</summary>
    public const string DefaultCreated = "2024-03-22T18:00:00.000Z";

    private readonly JsonObject _json;

    private StixJson(JsonObject json) => _json = json;

    /// <summary>An indicator (SDO) with a fresh id, created and modified at <see cref="DefaultCreated"/>.</summary>
    public static StixJson Indicator(string? id = null) => new(new JsonObject
    {
        ["type"] = "indicator",
        ["spec_version"] = "2.1",
        ["id"] = id ?? Some.StixId("indicator"),
        ["created"] = DefaultCreated,
        ["modified"] = DefaultCreated,
        ["name"] = "Crocus City Hall attack infrastructure",
        ["pattern"] = "[ipv4-addr:value = '198.51.100.7']",
        ["pattern_type"] = "stix",
        ["valid_from"] = DefaultCreated,
    });

    /// <summary>An identity (SDO) with a fresh id.</summary>
    public static StixJson Identity(string? id = null) => new(new JsonObject
    {
        ["type"] = "identity",
        ["spec_version"] = "2.1",
        ["id"] = id ?? Some.StixId("identity"),
        ["created"] = DefaultCreated,
        ["modified"] = DefaultCreated,
        ["name"] = "Islamic State Khorasan Province",
        ["identity_class"] = "group",
    });

    /// <summary>An IPv4 address (SCO): no created/modified, so the store keys it by content.</summary>
    public static StixJson Ipv4Address(string value = "198.51.100.7", string? id = null) => new(new JsonObject
    {
        ["type"] = "ipv4-addr",
        ["spec_version"] = "2.1",
        ["id"] = id ?? Some.StixId("ipv4-addr"),
        ["value"] = value,
    });

    /// <summary>The object's id.</summary>
    public string Id => (string)_json["id"]!;

    /// <summary>Sets <c>modified</c> (the version).</summary>
    public StixJson Modified(string timestamp) => With("modified", timestamp);

    /// <summary>Sets or adds a property.</summary>
    public StixJson With(string name, JsonNode? value)
    {
        var copy = Copy();
        copy._json[name] = value;
        return copy;
    }

    /// <summary>Removes a property.</summary>
    public StixJson Without(string name)
    {
        var copy = Copy();
        copy._json.Remove(name);
        return copy;
    }

    /// <summary>The same content with its properties in reverse order.</summary>
    public StixJson Reversed()
    {
        var reversed = new JsonObject();
        foreach (var (name, value) in _json.Reverse())
        {
            reversed[name] = value?.DeepClone();
        }

        return new StixJson(reversed);
    }

    /// <summary>The JSON text, compact or indented.</summary>
    public string ToJson(bool indented = false) => _json.ToJsonString(new JsonSerializerOptions { WriteIndented = indented });

    /// <summary>The object as the store receives it.</summary>
    public StixObject Build(bool indented = false) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(ToJson(indented)));

    private StixJson Copy() => new((JsonObject)_json.DeepClone());
}
