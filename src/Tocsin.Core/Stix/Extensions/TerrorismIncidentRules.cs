namespace Tocsin.Core.Stix.Extensions;

/// <summary>Rules of Tocsin's terrorist incident extension (docs/stix-extensions.md, "Terrorist incident").</summary>
internal static class TerrorismIncidentRules
{
    private static readonly string[] _known =
    [
        "extension_type", "attack_types", "target_types", "weapons", "killed", "injured", "perpetrator_count",
        "started_at",
    ];

    public static void Check(ExtensionCheck check)
    {
        if (check.Object.Type != "incident")
        {
            check.Error(null, "terrorism-object-type", $"The terrorist incident extension applies to incidents only, not to '{check.Object.Type}'.");
        }

        check.RequireExtensionType();
        check.RejectUnknown(_known);
        check.OpenVocabularyList("attack_types", TerrorismVocabularies.AttackTypes, "terrorism-attack-type-ov");
        check.OpenVocabularyList("target_types", TerrorismVocabularies.TargetTypes, "terrorism-target-type-ov");
        check.OpenVocabularyList("weapons", TerrorismVocabularies.Weapons, "terrorism-weapon-ov");
        check.NonNegativeInteger("killed", "terrorism-count");
        check.NonNegativeInteger("injured", "terrorism-count");
        check.NonNegativeInteger("perpetrator_count", "terrorism-count");
        check.Timestamp("started_at", "terrorism-started-at", required: false);
    }
}
