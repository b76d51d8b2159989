using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tocsin.Core.Stix.Writing;

/// <summary>Builds a new STIX 2.1 object that Tocsin creates, as exact UTF-8 bytes.</summary>
/// <remarks>
/// Writes, in this order: <c>type</c>, <c>spec_version</c> "2.1", <c>id</c> (random UUIDv4 unless
/// <see cref="WithId"/>), <c>created_by_ref</c> when set, <c>created</c> and <c>modified</c> (both the
/// clock's time at <see cref="Build"/>, in milliseconds: STIX 2.1 §3.2), the properties in the order
/// first set, then <c>extensions</c>. Marking definitions get <c>created</c> only and cyber-observables
/// neither (STIX 2.1 §7.2, §6). Building is not validating: run <see cref="StixValidator"/> on the result.
/// </remarks>
public sealed class StixObjectBuilder
{
    private static readonly HashSet<string> _reserved = new(StringComparer.Ordinal)
    {
        "type", "spec_version", "id", "created_by_ref", "created", "modified", "extensions",
    };

    private readonly string _type;
    private readonly TimeProvider _clock;
    private readonly OrderedDictionary<string, JsonNode> _properties = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, JsonObject> _extensions = new(StringComparer.Ordinal);
    private string _id;
    private string? _createdByRef;

    private StixObjectBuilder(string type, TimeProvider clock)
    {
        _type = type;
        _clock = clock;
        _id = StixId.NewRandom(type).ToString();
    }

    /// <summary>Starts an object of <paramref name="type"/> whose timestamps come from <paramref name="clock"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a legal STIX type name.</exception>
    public static StixObjectBuilder Create(string type, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!StixTypeName.IsValid(type))
        {
            throw new ArgumentException($"'{type}' is not a STIX type name.", nameof(type));
        }

        return new StixObjectBuilder(type, clock);
    }

    /// <summary>The <c>id</c> the object will have.</summary>
    public string Id => _id;

    /// <summary>Uses <paramref name="id"/> instead of a random one (e.g. a UUIDv5 SCO id, STIX 2.1 §2.9).</summary>
    /// <exception cref="ArgumentException">Not a STIX id, or its type prefix is not the object's type.</exception>
    public StixObjectBuilder WithId(string id)
    {
        if (!StixId.TryParse(id, out var parsed) || !string.Equals(parsed.Type, _type, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{id}' is not a STIX id of type '{_type}'.", nameof(id));
        }

        _id = id;
        return this;
    }

    /// <summary>Sets <c>created_by_ref</c>: the identity that makes this STIX object.</summary>
    /// <exception cref="ArgumentException">Not an identity id.</exception>
    public StixObjectBuilder CreatedBy(string identityId)
    {
        if (!StixId.TryParse(identityId, out var parsed) || !string.Equals(parsed.Type, "identity", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{identityId}' is not an identity id.", nameof(identityId));
        }

        _createdByRef = identityId;
        return this;
    }

    /// <summary>Sets a string property.</summary>
    public StixObjectBuilder Set(string name, string value) => Set(name, JsonValue.Create(value ?? throw new ArgumentNullException(nameof(value))));

    /// <summary>Sets an integer property.</summary>
    public StixObjectBuilder Set(string name, long value) => Set(name, JsonValue.Create(value));

    /// <summary>Sets a boolean property.</summary>
    public StixObjectBuilder Set(string name, bool value) => Set(name, JsonValue.Create(value));

    /// <summary>Sets a list-of-strings property (e.g. <c>object_marking_refs</c>, <c>labels</c>).</summary>
    public StixObjectBuilder Set(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(JsonValue.Create(value));
        }

        return Set(name, array);
    }

    /// <summary>Sets a property to any JSON value (object, array, number…). The node is deep-copied.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is one the builder writes itself
    /// (<c>type</c>, <c>spec_version</c>, <c>id</c>, <c>created_by_ref</c>, <c>created</c>,
    /// <c>modified</c>, <c>extensions</c>).</exception>
    public StixObjectBuilder Set(string name, JsonNode value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (_reserved.Contains(name))
        {
            throw new ArgumentException($"'{name}' is written by the builder; use its dedicated method.", nameof(name));
        }

        _properties[name] = value.DeepClone();
        return this;
    }

    /// <summary>Removes a property set earlier; nothing happens when it was not set.</summary>
    public StixObjectBuilder Remove(string name)
    {
        _properties.Remove(name);
        return this;
    }

    /// <summary>Adds (or replaces) the entry <paramref name="extensionId"/> of <c>extensions</c>
    /// (STIX 2.1 §7.3), e.g. an <c>extension-definition--…</c> id with its properties.</summary>
    public StixObjectBuilder WithExtension(string extensionId, JsonObject properties)
    {
        ArgumentException.ThrowIfNullOrEmpty(extensionId);
        ArgumentNullException.ThrowIfNull(properties);
        _extensions[extensionId] = (JsonObject)properties.DeepClone();
        return this;
    }

    /// <summary>Writes the object, stamping <c>created</c>/<c>modified</c> with the clock's current time.</summary>
    public StixObject Build()
    {
        var now = StixTimestamp.FromInstant(_clock.GetUtcNow()).Text;
        var category = StixTypes.CategoryOf(_type);
        var bytes = StixJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", _type);
            writer.WriteString("spec_version", "2.1");
            writer.WriteString("id", _id);
            if (_createdByRef is not null)
            {
                writer.WriteString("created_by_ref", _createdByRef);
            }

            if (category != StixObjectCategory.CyberObservable)
            {
                writer.WriteString("created", now);
                if (category != StixObjectCategory.MarkingDefinition)
                {
                    writer.WriteString("modified", now);
                }
            }

            WriteMembers(writer);
            writer.WriteEndObject();
        });
        return StixObject.FromTrusted(bytes);
    }

    private void WriteMembers(Utf8JsonWriter writer)
    {
        foreach (var (name, value) in _properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }

        if (_extensions.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("extensions");
        foreach (var (id, properties) in _extensions)
        {
            writer.WritePropertyName(id);
            properties.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
