using System.Buffers;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The rules common to all STIX 2.1 objects (§2, §3, §7.2, §7.3, §11), applied in one pass
/// over the top-level properties followed by the checks that need several of them.</summary>
internal static class CommonRules
{
    public static void Check(ValidationContext context)
    {
        var root = context.Root;
        var names = ArrayPool<string>.Shared.Rent(root.GetPropertyCount());
        var count = 0;
        var seen = SeenProperties.None;
        StixTimestamp? created = null;
        StixTimestamp? modified = null;
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            context.Path.Push(name);
            if (DuplicateNames.Contains(names, count, name))
            {
                context.Error(RuleCodes.DuplicateProperty, $"The property '{name}' appears more than once in the object.");
            }

            names[count++] = name;
            PropertyNameRules.Check(context, name);
            switch (name)
            {
                case "type":
                    seen |= SeenProperties.Type;
                    IdentityRules.CheckType(context, value);
                    break;
                case "id":
                    seen |= SeenProperties.Id;
                    IdentityRules.CheckId(context, value);
                    break;
                case "spec_version":
                    seen |= SeenProperties.SpecVersion;
                    IdentityRules.CheckSpecVersion(context, value);
                    break;
                case "created":
                    seen |= SeenProperties.Created;
                    created = TimestampRules.Check(context, name, value, millisecondsRequired: true);
                    break;
                case "modified":
                    seen |= SeenProperties.Modified;
                    modified = TimestampRules.Check(context, name, value, millisecondsRequired: true);
                    break;
                default:
                    CheckOther(context, name, value);
                    break;
            }

            StructureWalker.Walk(context, name, value);
            context.Path.Pop();
        }

        Array.Clear(names, 0, count);
        ArrayPool<string>.Shared.Return(names);
        CheckRequired(context, seen);
        TimestampRules.CheckOrder(context, created, modified);
    }

    private static void CheckOther(ValidationContext context, string name, JsonElement value)
    {
        if (!ValueRules.CheckNotEmptyList(context, name, value) || !ValueRules.CheckNotEmptyDictionary(context, name, value))
        {
            context.TypeRule?.CheckProperty(context, name, value, checkValue: false);
            return;
        }

        switch (name)
        {
            case "confidence":
                ValueRules.CheckConfidence(context, value);
                break;
            case "lang":
                ValueRules.CheckLang(context, value);
                break;
            case "labels":
                ValueRules.CheckStringList(context, name, value);
                break;
            case "revoked":
            case "defanged":
                ValueRules.CheckBoolean(context, name, value);
                break;
            case "external_references":
                ExternalReferenceRules.Check(context, value);
                break;
            case "granular_markings":
                GranularMarkingRules.Check(context, value);
                break;
            case "extensions":
                ExtensionRules.Check(context, value);
                break;
            default:
                context.TypeRule?.CheckProperty(context, name, value, checkValue: true);
                break;
        }
    }

    private static void CheckRequired(ValidationContext context, SeenProperties seen)
    {
        var missing = CommonPropertyTable.Required(context.Kind.Category) & ~seen;
        if (missing == SeenProperties.None)
        {
            return;
        }

        var what = context.Type.Length == 0 ? "A STIX object" : $"A {context.Type}";
        Report(context, missing, SeenProperties.Type, "type", $"{what} must have a 'type'.");
        Report(context, missing, SeenProperties.Id, "id", $"{what} must have an 'id'.");
        Report(context, missing, SeenProperties.SpecVersion, "spec_version", $"{what} must have 'spec_version' \"2.1\".");
        Report(context, missing, SeenProperties.Created, "created", $"{what} must have a 'created' timestamp.");
        Report(context, missing, SeenProperties.Modified, "modified", $"{what} must have a 'modified' timestamp.");
    }

    private static void Report(ValidationContext context, SeenProperties missing, SeenProperties property, string name, string message)
    {
        if ((missing & property) != 0)
        {
            context.ErrorAt(name, RuleCodes.Required, message);
        }
    }
}
