namespace Tocsin.Core.Stix.Extensions;

/// <summary>The open vocabularies of the terrorist incident extension. Values outside them are allowed
/// (STIX open vocabularies) and reported as warnings by <see cref="TocsinExtensionRules"/>.</summary>
/// <remarks>Definitions of each value: docs/stix-extensions.md.</remarks>
public static class TerrorismVocabularies
{
    /// <summary><c>terrorism-attack-type-ov</c>: how the attack was carried out.</summary>
    public static IReadOnlyList<string> AttackTypes { get; } =
    [
        "armed-assault", "arson", "assassination", "bombing", "hijacking", "hostage-taking", "sabotage",
        "stabbing", "unarmed-assault", "vehicle-ramming", "other",
    ];

    /// <summary><c>terrorism-target-type-ov</c>: what or whom the attack was aimed at.</summary>
    public static IReadOnlyList<string> TargetTypes { get; } =
    [
        "business", "civilians-public", "diplomatic", "education", "entertainment-venue", "government",
        "infrastructure", "journalists-media", "military", "police", "religious-site", "transport", "other",
    ];

    /// <summary><c>terrorism-weapon-ov</c>: the means used.</summary>
    public static IReadOnlyList<string> Weapons { get; } =
    [
        "biological", "bladed-weapon", "chemical", "explosives", "firearms", "incendiary", "melee",
        "radiological", "vehicle", "other",
    ];
}
