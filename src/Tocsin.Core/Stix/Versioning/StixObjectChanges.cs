using System.Text.Json.Nodes;

namespace Tocsin.Core.Stix.Versioning;

/// <summary>The edits that make a new version of a STIX object: a mutable copy of the previous
/// version's members, in their order. New members go last.</summary>
/// <remarks>Members that identify the object or its version cannot be edited (STIX 2.1 §3.6):
/// <c>type</c>, <c>id</c>, <c>spec_version</c>, <c>created</c>, <c>created_by_ref</c> and
/// <c>modified</c> (set by <see cref="StixVersioning"/>); <c>revoked</c> only through
/// <see cref="StixVersioning.Revoke"/>.</remarks>
public sealed class StixObjectChanges
{
    private static readonly HashSet<string> _fixed = new(StringComparer.Ordinal)
    {
        "type", "id", "spec_version", "created", "created_by_ref", "modified", "revoked",
    };

    private readonly JsonObject _members;

    internal StixObjectChanges(JsonObject members)
    {
        _members = members;
    }

    /// <summary>A copy of the member <paramref name="name"/> as it stands now, or null when absent.</summary>
    public JsonNode? Get(string name) => _members.TryGetPropertyValue(name, out var value) ? value?.DeepClone() : null;

    /// <summary>Sets a string member.</summary>
    public StixObjectChanges Set(string name, string value) => Set(name, JsonValue.Create(value ?? throw new ArgumentNullException(nameof(value))));

    /// <summary>Sets an integer member.</summary>
    public StixObjectChanges Set(string name, long value) => Set(name, JsonValue.Create(value));

    /// <summary>Sets a boolean member.</summary>
    public StixObjectChanges Set(string name, bool value) => Set(name, JsonValue.Create(value));

    /// <summary>Sets a member to any JSON value (deep-copied); an existing member keeps its position.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> cannot be edited (see remarks).</exception>
    public StixObjectChanges Set(string name, JsonNode value)
    {
        EnsureEditable(name);
        ArgumentNullException.ThrowIfNull(value);
        _members[name] = value.DeepClone();
        return this;
    }

    /// <summary>Removes a member; nothing happens when it is absent.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> cannot be edited (see remarks).</exception>
    public StixObjectChanges Remove(string name)
    {
        EnsureEditable(name);
        _members.Remove(name);
        return this;
    }

    /// <summary>Sets a member that callers may not edit; for <see cref="StixVersioning"/> only.</summary>
    internal void SetFixed(string name, JsonNode value) => _members[name] = value;

    internal JsonObject Members => _members;

    private static void EnsureEditable(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_fixed.Contains(name))
        {
            throw new ArgumentException($"'{name}' cannot be changed in a new version (STIX 2.1 §3.6).", nameof(name));
        }
    }
}
