using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>The TLP marking chosen on a form: the one TLP 2.0 marking of <c>object_marking_refs</c>. Other markings
/// (classification, compartments, releasability) are kept as they are: the forms do not write them.</summary>
internal static class MarkingField
{
    /// <summary>The values a form offers, least restrictive first.</summary>
    public static IReadOnlyList<string> Values { get; } = ["clear", "green", "amber", "amber+strict", "red"];

    /// <summary>The TLP of a new object when none is chosen: the organisation's own analysis stays in it.</summary>
    public const string Default = "amber";

    /// <summary>Reads a TLP value; blank is null. Fails with <c>marking-invalid</c>.</summary>
    public static Result<TlpLevel?> Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => Result<TlpLevel?>.Success(null),
        "clear" => TlpLevel.Clear,
        "green" => TlpLevel.Green,
        "amber" => TlpLevel.Amber,
        "amber+strict" => TlpLevel.AmberStrict,
        "red" => TlpLevel.Red,
        _ => AuthoringErrors.Invalid("marking", $"'{text}' is not a TLP marking: clear, green, amber, amber+strict or red."),
    };

    /// <summary>The form value of a TLP level.</summary>
    public static string ValueOf(TlpLevel level) => level switch
    {
        TlpLevel.Clear => "clear",
        TlpLevel.Green => "green",
        TlpLevel.Amber => "amber",
        TlpLevel.AmberStrict => "amber+strict",
        TlpLevel.Red => "red",
    };

    /// <summary>The TLP value of a stored version, or null when it has none.</summary>
    public static string? Of(StixObject version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.ObjectMarkingRefs.Select(TlpMarkings.LevelOf).FirstOrDefault(l => l is not null) is { } level ? ValueOf(level) : null;
    }

    /// <summary>Replaces the TLP marking of <paramref name="json"/> with <paramref name="level"/>; nothing changes when null.</summary>
    public static void Apply(JsonObject json, TlpLevel? level)
    {
        if (level is not { } chosen)
        {
            return;
        }

        var kept = json["object_marking_refs"] is JsonArray refs
            ? refs.Select(r => r?.GetValue<string>()).OfType<string>().Where(r => TlpMarkings.LevelOf(r) is null).ToList()
            : [];
        json["object_marking_refs"] = new JsonArray([JsonValue.Create(TlpMarkings.IdOf(chosen)), .. kept.Select(r => JsonValue.Create(r))]);
    }
}
