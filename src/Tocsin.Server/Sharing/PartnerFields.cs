namespace Tocsin.Server.Sharing;

/// <summary>What an administrator sets on a partner, as typed (by the API, the CLI or a page): a null member keeps the
/// stored value when changing a partner; a list replaces the stored list. <see cref="ClassificationCeiling"/> blank is the
/// scale's lowest level.</summary>
public sealed record PartnerFields
{
    /// <summary>ISO 3166-1 alpha-3 country code.</summary>
    public string? Country { get; init; }

    /// <summary>The TLP ceiling: clear, green, amber, amber+strict or red.</summary>
    public string? Ceiling { get; init; }

    /// <summary>The highest national classification level it may receive.</summary>
    public string? ClassificationCeiling { get; init; }

    /// <summary>REL TO codes it qualifies under (countries or groups).</summary>
    public IReadOnlyList<string>? Rel { get; init; }

    /// <summary>Named-recipient lists it belongs to.</summary>
    public IReadOnlyList<string>? RecipientOf { get; init; }

    /// <summary>Sectors it belongs to.</summary>
    public IReadOnlyList<string>? Sectors { get; init; }

    /// <summary>Recipient groups it belongs to.</summary>
    public IReadOnlyList<string>? Groups { get; init; }
}
