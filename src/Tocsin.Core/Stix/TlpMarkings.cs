using System.Collections.Frozen;
using System.Text;

namespace Tocsin.Core.Stix;

/// <summary>The standard TLP marking definitions: TLP 2.0 as published by OASIS in
/// cti-stix-common-objects (a property extension of marking-definition), and the TLP 1.0 ones that
/// STIX 2.1 §7.2.1.4 predefines. Ids, levels and the exact objects, in RFC 8785 canonical form, so
/// Tocsin emits byte-identical copies.</summary>
/// <remarks>These objects are fixed by their publishers: never version or re-create them, and
/// reference them by these ids. Tocsin marks its own objects with the TLP 2.0 ids; it reads both.</remarks>
public static class TlpMarkings
{
    /// <summary>The OASIS extension-definition that TLP 2.0 marking definitions use.</summary>
    public const string Tlp2ExtensionDefinitionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>TLP:CLEAR (TLP 2.0).</summary>
    public const string ClearId = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    /// <summary>TLP:GREEN (TLP 2.0).</summary>
    public const string GreenId = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    /// <summary>TLP:AMBER (TLP 2.0).</summary>
    public const string AmberId = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    /// <summary>TLP:AMBER+STRICT (TLP 2.0).</summary>
    public const string AmberStrictId = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";

    /// <summary>TLP:RED (TLP 2.0).</summary>
    public const string RedId = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    /// <summary>TLP:WHITE (TLP 1.0, STIX 2.1 §7.2.1.4); read as <see cref="TlpLevel.Clear"/>.</summary>
    public const string Tlp1WhiteId = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    /// <summary>TLP:GREEN (TLP 1.0, STIX 2.1 §7.2.1.4).</summary>
    public const string Tlp1GreenId = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    /// <summary>TLP:AMBER (TLP 1.0, STIX 2.1 §7.2.1.4).</summary>
    public const string Tlp1AmberId = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";

    /// <summary>TLP:RED (TLP 1.0, STIX 2.1 §7.2.1.4).</summary>
    public const string Tlp1RedId = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    /// <summary>The TLP 2.0 extension-definition object.</summary>
    public const string Tlp2ExtensionDefinitionJson = """{"created":"2022-10-01T00:00:00.000Z","created_by_ref":"identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01","description":"This defines TLP 2.0 as a STIX extension","extension_types":["property-extension"],"id":"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d","modified":"2022-10-01T00:00:00.000Z","name":"TLP 2.0","schema":"https://github.com/oasis-open/cti-stix-common-objects/tree/master/extension-definition-specifications/tlp-2.0","spec_version":"2.1","type":"extension-definition","version":"1.0.0"}""";

    /// <summary>The TLP:CLEAR (2.0) object.</summary>
    public const string ClearJson = """{"created":"2022-10-01T00:00:00.000Z","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"clear"}},"id":"marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487","name":"TLP:CLEAR","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:GREEN (2.0) object.</summary>
    public const string GreenJson = """{"created":"2022-10-01T00:00:00.000Z","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"green"}},"id":"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb","name":"TLP:GREEN","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:AMBER (2.0) object.</summary>
    public const string AmberJson = """{"created":"2022-10-01T00:00:00.000Z","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"amber"}},"id":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","name":"TLP:AMBER","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:AMBER+STRICT (2.0) object.</summary>
    public const string AmberStrictJson = """{"created":"2022-10-01T00:00:00.000Z","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"amber+strict"}},"id":"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003","name":"TLP:AMBER+STRICT","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:RED (2.0) object.</summary>
    public const string RedJson = """{"created":"2022-10-01T00:00:00.000Z","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"red"}},"id":"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1","name":"TLP:RED","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:WHITE (1.0) object of STIX 2.1 §7.2.1.4.</summary>
    public const string Tlp1WhiteJson = """{"created":"2017-01-20T00:00:00.000Z","definition":{"tlp":"white"},"definition_type":"tlp","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","name":"TLP:WHITE","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:GREEN (1.0) object of STIX 2.1 §7.2.1.4.</summary>
    public const string Tlp1GreenJson = """{"created":"2017-01-20T00:00:00.000Z","definition":{"tlp":"green"},"definition_type":"tlp","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","name":"TLP:GREEN","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:AMBER (1.0) object of STIX 2.1 §7.2.1.4.</summary>
    public const string Tlp1AmberJson = """{"created":"2017-01-20T00:00:00.000Z","definition":{"tlp":"amber"},"definition_type":"tlp","id":"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82","name":"TLP:AMBER","spec_version":"2.1","type":"marking-definition"}""";

    /// <summary>The TLP:RED (1.0) object of STIX 2.1 §7.2.1.4.</summary>
    public const string Tlp1RedJson = """{"created":"2017-01-20T00:00:00.000Z","definition":{"tlp":"red"},"definition_type":"tlp","id":"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed","name":"TLP:RED","spec_version":"2.1","type":"marking-definition"}""";

    private static readonly FrozenDictionary<string, (TlpLevel Level, string Json)> _byMarkingId =
        new Dictionary<string, (TlpLevel, string)>(StringComparer.Ordinal)
        {
            [ClearId] = (TlpLevel.Clear, ClearJson),
            [GreenId] = (TlpLevel.Green, GreenJson),
            [AmberId] = (TlpLevel.Amber, AmberJson),
            [AmberStrictId] = (TlpLevel.AmberStrict, AmberStrictJson),
            [RedId] = (TlpLevel.Red, RedJson),
            [Tlp1WhiteId] = (TlpLevel.Clear, Tlp1WhiteJson),
            [Tlp1GreenId] = (TlpLevel.Green, Tlp1GreenJson),
            [Tlp1AmberId] = (TlpLevel.Amber, Tlp1AmberJson),
            [Tlp1RedId] = (TlpLevel.Red, Tlp1RedJson),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The ids of all nine standard TLP marking definitions (TLP 2.0 then TLP 1.0).</summary>
    public static IReadOnlyList<string> AllIds { get; } =
        [ClearId, GreenId, AmberId, AmberStrictId, RedId, Tlp1WhiteId, Tlp1GreenId, Tlp1AmberId, Tlp1RedId];

    /// <summary>The TLP level a standard marking definition id stands for (TLP 1.0 WHITE is
    /// <see cref="TlpLevel.Clear"/>); null for any other id, including custom TLP-like markings.</summary>
    public static TlpLevel? LevelOf(string? markingId) =>
        markingId is not null && _byMarkingId.TryGetValue(markingId, out var entry) ? entry.Level : null;

    /// <summary>The TLP 2.0 marking definition id of <paramref name="level"/>, the one Tocsin writes.</summary>
    public static string IdOf(TlpLevel level) => level switch
    {
        TlpLevel.Clear => ClearId,
        TlpLevel.Green => GreenId,
        TlpLevel.Amber => AmberId,
        TlpLevel.AmberStrict => AmberStrictId,
        TlpLevel.Red => RedId,
    };

    /// <summary>The canonical JSON of the standard marking definition <paramref name="markingId"/>.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="AllIds"/>.</exception>
    public static string JsonOf(string markingId) =>
        markingId is not null && _byMarkingId.TryGetValue(markingId, out var entry)
            ? entry.Json
            : throw new ArgumentException($"'{markingId}' is not a standard TLP marking definition.", nameof(markingId));

    /// <summary>The standard marking definition <paramref name="markingId"/> as an object to emit.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="AllIds"/>.</exception>
    public static StixObject ObjectOf(string markingId) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(JsonOf(markingId)));
}
