namespace Tocsin.Core.Stix;

/// <summary>A STIX identifier (STIX 2.1 §2.9): <c>type--UUID</c>, the UUID in RFC 4122 form
/// (lower-case hex is not required by the spec, but variant and version must be valid).</summary>
public readonly record struct StixId(string Type, Guid Uuid)
{
    /// <summary>Splits <paramref name="text"/> into type and UUID; false when it is not of the form
    /// <c>type--uuid</c> with a valid type name and a UUID of RFC 4122 variant.</summary>
    public static bool TryParse(string? text, out StixId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        var separator = text.LastIndexOf("--", StringComparison.Ordinal);
        if (separator <= 0 || text.Length - separator - 2 != 36)
        {
            return false;
        }

        var type = text[..separator];
        var uuidText = text.AsSpan(separator + 2);
        if (!StixTypeName.IsValid(type) || !Guid.TryParseExact(uuidText, "D", out var uuid) || !IsRfc4122(uuidText))
        {
            return false;
        }

        id = new StixId(type, uuid);
        return true;
    }

    /// <summary>A new identifier with a random (version 4) UUID, as Tocsin creates for its own objects.</summary>
    public static StixId NewRandom(string type) => new(type, Guid.NewGuid());

    /// <summary>The RFC 4122 variant bits (10xx in the clock_seq_hi byte).</summary>
    private static bool IsRfc4122(ReadOnlySpan<char> uuid)
    {
        var variant = uuid[19];
        return variant is '8' or '9' or 'a' or 'b' or 'A' or 'B';
    }

    /// <summary>The UUID's version nibble (1–8), e.g. 4 for random, 5 for SCO deterministic ids.</summary>
    public int UuidVersion => Uuid.Version;

    /// <inheritdoc />
    public override string ToString() => $"{Type}--{Uuid:D}";
}
