using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Tocsin.Core.Stix.Patterning;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Checks one property value against its <see cref="PropertySpec"/> (the data types of STIX 2.1 §2
/// and the vocabularies of §10). The path of the property is pushed.</summary>
internal static class PropertyChecks
{
    public static void Check(ValidationContext context, PropertySpec spec, JsonElement value)
    {
        switch (spec.Kind)
        {
            case PropertyKind.Any:
                break;
            case PropertyKind.String:
                RequireKind(context, spec.Name, value, JsonValueKind.String, "a string");
                break;
            case PropertyKind.Boolean:
                ValueRules.CheckBoolean(context, spec.Name, value);
                break;
            case PropertyKind.Integer:
                CheckInteger(context, spec, value);
                break;
            case PropertyKind.Float:
                CheckFloat(context, spec, value);
                break;
            case PropertyKind.Timestamp:
                TimestampRules.Check(context, spec.Name, value, millisecondsRequired: false);
                break;
            case PropertyKind.StringList:
                ValueRules.CheckStringList(context, spec.Name, value);
                break;
            case PropertyKind.Vocabulary:
                if (RequireKind(context, spec.Name, value, JsonValueKind.String, "a string"))
                {
                    CheckVocabulary(context, spec, value);
                }

                break;
            case PropertyKind.VocabularyList:
                CheckVocabularyList(context, spec, value);
                break;
            case PropertyKind.KillChainPhases:
                KillChainPhaseRules.Check(context, value);
                break;
            case PropertyKind.Hashes:
                ExternalReferenceRules.CheckHashes(context, value);
                break;
            case PropertyKind.Dictionary:
            case PropertyKind.Object:
                RequireKind(context, spec.Name, value, JsonValueKind.Object, spec.Kind == PropertyKind.Object ? "an object" : "a dictionary");
                break;
            case PropertyKind.ObjectList:
                CheckObjectList(context, spec.Name, value);
                break;
            case PropertyKind.Hex:
                CheckHex(context, spec.Name, value);
                break;
            case PropertyKind.Charset:
                if (RequireKind(context, spec.Name, value, JsonValueKind.String, "a character set name"))
                {
                    CheckCharset(context, spec.Name, value.GetString()!);
                }

                break;
            case PropertyKind.Binary:
                if (RequireKind(context, spec.Name, value, JsonValueKind.String, "a base64 string") && !Base64.IsValid(value.GetString()))
                {
                    context.Error(RuleCodes.BinaryFormat, $"'{spec.Name}' must be base64 (RFC 4648 §4).");
                }

                break;
        }
    }

    public static bool RequireKind(ValidationContext context, string name, JsonElement value, JsonValueKind kind, string what)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        context.Error(RuleCodes.PropertyType, $"'{name}' must be {what}, not {StructureWalker.Describe(value)}.");
        return false;
    }

    private static void CheckInteger(ValidationContext context, PropertySpec spec, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            context.Error(RuleCodes.PropertyType, $"'{spec.Name}' must be an integer, not {StructureWalker.Describe(value)}.");
        }
        else if (number < spec.Min || number > spec.Max)
        {
            context.Error(RuleCodes.ValueRange, string.Create(CultureInfo.InvariantCulture,
                $"'{spec.Name}' must be between {spec.Min:0.###} and {spec.Max:0.###}, not {number}."));
        }
    }

    private static void CheckFloat(ValidationContext context, PropertySpec spec, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            context.Error(RuleCodes.PropertyType, $"'{spec.Name}' must be a number, not {StructureWalker.Describe(value)}.");
        }
        else if (number < spec.Min || number > spec.Max)
        {
            context.Error(RuleCodes.ValueRange, string.Create(CultureInfo.InvariantCulture,
                $"'{spec.Name}' must be between {spec.Min:0.###} and {spec.Max:0.###}, not {number}."));
        }
    }

    private static void CheckVocabulary(ValidationContext context, PropertySpec spec, JsonElement value)
    {
        var vocabulary = spec.Vocabulary!;
        var text = value.GetString()!;
        if (vocabulary.Contains(text))
        {
            return;
        }

        if (vocabulary.IsOpen)
        {
            context.Warning(RuleCodes.VocabularyValue, $"'{text}' is not in {vocabulary.Name}; use a suggested value when one fits (docs/validation.md lists them).");
        }
        else
        {
            context.Error(RuleCodes.EnumValue, $"'{text}' is not a value of {vocabulary.Name}: {vocabulary.Listing}.");
        }
    }

    private static void CheckVocabularyList(ValidationContext context, PropertySpec spec, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, $"'{spec.Name}' must be a list of strings.");
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            context.Path.Push(index++);
            if (RequireKind(context, spec.Name, item, JsonValueKind.String, "a list of strings"))
            {
                CheckVocabulary(context, spec, item);
            }

            context.Path.Pop();
        }
    }

    private static void CheckObjectList(ValidationContext context, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, $"'{name}' must be a list of objects.");
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            context.Path.Push(index++);
            RequireKind(context, name, item, JsonValueKind.Object, "a list of objects");
            context.Path.Pop();
        }
    }

    private static void CheckCharset(ValidationContext context, string name, string value)
    {
        var required = CharacterSets.RequiredName(value);
        if (required is null)
        {
            context.Error(RuleCodes.CharsetName, $"'{value}' is not a character set of the IANA registry; '{name}' names one, e.g. UTF-8 or windows-1252.");
        }
        else if (!string.Equals(required, value, StringComparison.OrdinalIgnoreCase))
        {
            context.Error(RuleCodes.CharsetName, $"'{value}' is another name of '{required}'; '{name}' must use the registry's preferred name '{required}'.");
        }
    }

    // §2.8: an even number of the characters 0–9 and a–f (lower case).
    private static void CheckHex(ValidationContext context, string name, JsonElement value)
    {
        if (!RequireKind(context, name, value, JsonValueKind.String, "a hex string"))
        {
            return;
        }

        var text = value.GetString()!;
        if (text.Length % 2 != 0 || text.AsSpan().ContainsAnyExcept(HexDigits.Lower))
        {
            context.Error(RuleCodes.HexFormat, $"'{name}' must be an even number of lower-case hex digits (0–9, a–f), not '{text}'.");
        }
    }
}
