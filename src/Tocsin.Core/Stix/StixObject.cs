using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Tocsin.Core.Stix;

/// <summary>One STIX object exactly as received: the original UTF-8 bytes (what every channel serves)
/// and a parsed view of them with the common properties the code needs.</summary>
/// <remarks>Nothing is normalised: unknown properties, custom objects and extensions survive unchanged
/// because <see cref="Json"/> is never re-serialised. Parsing is lenient — a property of the wrong
/// type reads as absent here and is reported by <see cref="StixValidator"/>.</remarks>
public sealed class StixObject
{
    private byte[]? _contentHash;
    private string? _versionKey;

    // Boxes, so that what one thread reads late is published whole to the others.
    private StrongBox<JsonElement>? _root;
    private Members? _members;

    private StixObject(ReadOnlyMemory<byte> json, JsonElement root)
    {
        Json = json;
        _root = new StrongBox<JsonElement>(root);
        Type = ReadString(root, "type") ?? string.Empty;
        Id = ReadString(root, "id") ?? string.Empty;
        _members = new Members(
            ReadString(root, "spec_version"),
            ReadTimestamp(root, "created"),
            ReadTimestamp(root, "modified"),
            ReadString(root, "created_by_ref"),
            root.TryGetProperty("revoked", out var revoked) && revoked.ValueKind == JsonValueKind.True,
            ReadStrings(root, "object_marking_refs"));
        Category = StixTypes.CategoryOf(Type);
    }

    private StixObject(ReadOnlyMemory<byte> json, string id, string type, string versionKey)
    {
        Json = json;
        Id = id;
        Type = type;
        _versionKey = versionKey;
        Category = StixTypes.CategoryOf(Type);
    }

    /// <summary>The exact bytes received (or written by Tocsin). Never altered.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>The parsed JSON object. An object read back from the store (<see cref="FromStored"/>) is parsed into a
    /// tree only when this is first asked for.</summary>
    public JsonElement Root => (_root ??= new StrongBox<JsonElement>(ParseTree(Json))).Value;

    /// <summary><c>type</c>, or empty when absent or not a string.</summary>
    public string Type { get; }

    /// <summary><c>id</c>, or empty when absent or not a string.</summary>
    public string Id { get; }

    /// <summary><c>spec_version</c> when present.</summary>
    public string? SpecVersion => Read.SpecVersion;

    /// <summary><c>created</c> when present and well-formed.</summary>
    public StixTimestamp? Created => Read.Created;

    /// <summary><c>modified</c> when present and well-formed.</summary>
    public StixTimestamp? Modified => Read.Modified;

    /// <summary><c>created_by_ref</c>: who made this STIX object (never the party it quotes).</summary>
    public string? CreatedByRef => Read.CreatedByRef;

    /// <summary><c>revoked</c> is true.</summary>
    public bool Revoked => Read.Revoked;

    /// <summary><c>object_marking_refs</c>, empty when absent.</summary>
    public IReadOnlyList<string> ObjectMarkingRefs => Read.ObjectMarkingRefs;

    /// <summary>What kind of STIX object this is, from <see cref="Type"/>.</summary>
    public StixObjectCategory Category { get; }

    /// <summary>The version timestamp DESIGN keys versions by: <c>modified</c>, else <c>created</c>
    /// (marking definitions, unversioned custom objects); null for SCOs, which have neither.</summary>
    public StixTimestamp? VersionTimestamp => Modified ?? Created;

    /// <summary>The store key of this version, unique per id: the instant key of
    /// <see cref="VersionTimestamp"/>, or <c>sha256:</c> and the content hash for objects with no
    /// version timestamp (SCOs).</summary>
    /// <remarks>Computed once: the store reads it several times per object (row, outcome, audit entry, status).</remarks>
    public string VersionKey => _versionKey ??= VersionTimestamp is { } t ? t.InstantKey : "sha256:" + Convert.ToHexStringLower(ContentHash);

    /// <summary>SHA-256 of the RFC 8785 canonical form: equal for content that differs only in key
    /// order, whitespace or number spelling.</summary>
    public ReadOnlySpan<byte> ContentHash => _contentHash ??= JsonCanonicalizer.Sha256(Root);

    /// <summary>Parses one object from its UTF-8 JSON text. Fails only when the text is not JSON, not a
    /// JSON object, or not Unicode text (<c>not-utf8</c>: invalid UTF-8 bytes; <c>lone-surrogate</c>: an
    /// escaped lone surrogate such as <c>"\ud800"</c>, which no string can hold; <c>number-out-of-range</c>: a
    /// number beyond the range of a double); every other problem is
    /// left to validation.</summary>
    public static Result<StixObject> Parse(ReadOnlyMemory<byte> utf8Json)
    {
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(utf8Json.Span, new JsonReaderOptions { MaxDepth = 128 });
            root = JsonElement.ParseValue(ref reader);
            if (reader.Read())
            {
                return new Error("not-json", "Unexpected text after the JSON value.");
            }
        }
        catch (JsonException ex)
        {
            return new Error("not-json", $"Not valid JSON: {ex.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new Error("not-an-object", $"A STIX object must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        if (Reading.UnicodeText.Check(utf8Json.Span, root) is { } notText)
        {
            return notText;
        }

        if (Reading.JsonNumbers.Check(utf8Json.Span) is { } tooLarge)
        {
            return tooLarge;
        }

        return new StixObject(utf8Json, root);
    }

    /// <summary>Parses an object Tocsin itself produced and knows to be a JSON object.</summary>
    /// <exception cref="ArgumentException">The bytes are not a JSON object.</exception>
    public static StixObject FromTrusted(ReadOnlyMemory<byte> utf8Json)
    {
        var result = Parse(utf8Json);
        return result.IsSuccess ? result.Value : throw new ArgumentException(result.Error.Message, nameof(utf8Json));
    }

    /// <summary>A version as the store wrote it, after it passed <see cref="Parse"/> and validation on its way in, with
    /// the id, type and version key the store keeps beside its bytes. Nothing is read until asked for: the other common
    /// properties are read in one pass over the bytes the first time one is (with the same reading as
    /// <see cref="Parse"/>: a property of the wrong type is absent, the last of duplicate names wins), and
    /// <see cref="Root"/> is parsed only if asked for. A page of a thousand versions served as their bytes thus reads
    /// none of them.</summary>
    public static StixObject FromStored(ReadOnlyMemory<byte> utf8Json, string id, string type, string versionKey)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(versionKey);
        return new StixObject(utf8Json, id, type, versionKey);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({VersionKey})";

    private Members Read => _members ??= Members.Of(Json);

    private static JsonElement ParseTree(ReadOnlyMemory<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json.Span, new JsonReaderOptions { MaxDepth = 128 });
        return JsonElement.ParseValue(ref reader);
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static StixTimestamp? ReadTimestamp(JsonElement root, string name) =>
        StixTimestamp.TryParse(ReadString(root, name), out var timestamp) ? timestamp : null;

    private static List<string> ReadStrings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return new List<string>(0);
        }

        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
        }

        return list;
    }

    /// <summary>The common properties read after construction for a stored version.</summary>
    private sealed record Members(
        string? SpecVersion, StixTimestamp? Created, StixTimestamp? Modified, string? CreatedByRef, bool Revoked, IReadOnlyList<string> ObjectMarkingRefs)
    {
        public static Members Of(ReadOnlyMemory<byte> utf8Json)
        {
            if (!Reading.CommonProperties.TryRead(utf8Json.Span, out var common))
            {
                throw new InvalidOperationException("A stored STIX object is not a JSON object.");
            }

            return new Members(
                common.SpecVersion,
                StixTimestamp.TryParse(common.Created, out var created) ? created : null,
                StixTimestamp.TryParse(common.Modified, out var modified) ? modified : null,
                common.CreatedByRef,
                common.Revoked,
                common.ObjectMarkingRefs ?? []);
        }
    }
}
