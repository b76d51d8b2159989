using System.Text.Json;

namespace Tocsin.Core.Stix.Reading;

/// <summary>The common properties of one stored STIX object beyond its id and type (which the store keeps in columns),
/// read in one forward pass over its top-level members without
/// building a tree: every other member's value is skipped. Reads as <see cref="StixObject.Parse"/> reads a tree: a
/// property whose value has the wrong JSON type is absent, non-string items of <c>object_marking_refs</c> are left
/// out, and of duplicate names the last wins (as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>
/// finds it).</summary>
internal readonly record struct CommonProperties(
    string? SpecVersion,
    string? Created,
    string? Modified,
    string? CreatedByRef,
    bool Revoked,
    IReadOnlyList<string>? ObjectMarkingRefs)
{
    /// <summary>Reads the common properties of a JSON object; false when the bytes are not one JSON object.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out CommonProperties properties)
    {
        properties = default;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 128 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = MemberOf(ref reader);
                reader.Read();
                properties = member switch
                {
                    Common.SpecVersion => properties with { SpecVersion = StringOf(ref reader) },
                    Common.Created => properties with { Created = StringOf(ref reader) },
                    Common.Modified => properties with { Modified = StringOf(ref reader) },
                    Common.CreatedByRef => properties with { CreatedByRef = StringOf(ref reader) },
                    Common.Revoked => properties with { Revoked = reader.TokenType == JsonTokenType.True },
                    Common.ObjectMarkingRefs => properties with { ObjectMarkingRefs = StringsOf(ref reader) },
                    _ => properties,
                };
                reader.Skip();
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8 or holds a lone surrogate.
            return false;
        }
    }

    private enum Common
    {
        Other,
        SpecVersion,
        Created,
        Modified,
        CreatedByRef,
        Revoked,
        ObjectMarkingRefs,
    }

    // ValueTextEquals compares the unescaped name, so an escaped spelling of a name is still that name.
    private static Common MemberOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("spec_version"u8) ? Common.SpecVersion
        : reader.ValueTextEquals("created"u8) ? Common.Created
        : reader.ValueTextEquals("modified"u8) ? Common.Modified
        : reader.ValueTextEquals("created_by_ref"u8) ? Common.CreatedByRef
        : reader.ValueTextEquals("revoked"u8) ? Common.Revoked
        : reader.ValueTextEquals("object_marking_refs"u8) ? Common.ObjectMarkingRefs
        : Common.Other;

    private static string? StringOf(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    private static List<string> StringsOf(ref Utf8JsonReader reader)
    {
        var list = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return list;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                list.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return list;
    }
}
