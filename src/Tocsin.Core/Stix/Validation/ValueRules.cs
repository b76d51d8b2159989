using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The simple-valued common properties (STIX 2.1 §3.2): <c>confidence</c>, <c>lang</c>,
/// <c>labels</c>, <c>revoked</c>, <c>defanged</c>; and the list rule of §2.12.</summary>
internal static class ValueRules
{
    public static void CheckConfidence(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var confidence))
        {
            context.Error(RuleCodes.PropertyType, "'confidence' must be an integer.");
        }
        else if (confidence is < 0 or > 100)
        {
            context.Error(RuleCodes.ConfidenceRange, $"'confidence' must be between 0 and 100, not {confidence}.");
        }
    }

    /// <summary>§3.2 and §7.2.3: an RFC 5646 language code.</summary>
    public static void CheckLang(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error(RuleCodes.PropertyType, "'lang' must be a string.");
        }
        else if (!LanguageTag.IsWellFormed(value.GetString()!))
        {
            context.Error(RuleCodes.LangFormat, $"'{value.GetString()}' is not an RFC 5646 language tag (e.g. en, fr, zh-Hant, es-419).");
        }
    }

    public static void CheckBoolean(ValidationContext context, string name, JsonElement value)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.Error(RuleCodes.PropertyType, $"'{name}' must be true or false.");
        }
    }

    /// <summary>A list of strings (§2.12: at least one value, all of the list's type).</summary>
    public static void CheckStringList(ValidationContext context, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, $"'{name}' must be a list of strings.");
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                context.Path.Push(index);
                context.Error(RuleCodes.PropertyType, $"Every item of '{name}' must be a string.");
                context.Path.Pop();
            }

            index++;
        }
    }

    /// <summary>§2.12: "Empty lists are prohibited in STIX and MUST NOT be used as a substitute for
    /// omitting the property". Returns false when <paramref name="value"/> is an empty list.</summary>
    public static bool CheckNotEmptyList(ValidationContext context, string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
        {
            context.Error(RuleCodes.EmptyList, $"'{name}' must not be an empty list; omit the property instead.");
            return false;
        }

        return true;
    }

    /// <summary>§2.3: empty dictionaries are prohibited. Returns false when the object is empty.</summary>
    public static bool CheckNotEmptyDictionary(ValidationContext context, string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.GetPropertyCount() == 0)
        {
            context.Error(RuleCodes.EmptyDictionary, $"'{name}' must not be an empty dictionary; omit the property instead.");
            return false;
        }

        return true;
    }
}
