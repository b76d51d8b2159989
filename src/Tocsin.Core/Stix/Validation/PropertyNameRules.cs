namespace Tocsin.Core.Stix.Validation;

/// <summary>Rules on the names of top-level properties (STIX 2.1 §3.1, §3.2, §3.8, §11.1).</summary>
internal static class PropertyNameRules
{
    /// <summary>Checks <paramref name="name"/>, whose path is pushed.</summary>
    public static void Check(ValidationContext context, string name)
    {
        // §3.1: lowercase, begins with a letter, words separated by underscores, 3–250 characters.
        // `id` is the one name the specification itself defines below three characters.
        if (!AsciiSets.IsPropertyName(name) && name != "id")
        {
            context.Error(RuleCodes.PropertyNameFormat,
                $"'{name}' is not a STIX property name: 3–250 characters of a–z, 0–9 and underscore, starting with a letter.");
        }

        if (CommonPropertyTable.Reserved.Contains(name))
        {
            context.Error(RuleCodes.ReservedProperty, $"'{name}' is reserved by STIX 2.1 §3.8 and must not be present.");
        }

        var category = context.Kind.Category;
        if (name == "defanged" && category is not (StixObjectCategory.CyberObservable or StixObjectCategory.Custom))
        {
            context.Error(RuleCodes.DefangedNotSco, "'defanged' must not be used on objects other than SCOs.");
        }
        else if (CommonPropertyTable.NotApplicable(category).Contains(name))
        {
            context.Warning(RuleCodes.NotApplicableProperty, $"'{name}' is not a property of a {context.Type}; consumers may ignore it.");
        }

        // §11.1: custom properties are deprecated; a property extension (§7.3) should carry them. A
        // toplevel-property-extension may legitimately add x_ names, and custom objects (§11.2) own their names.
        if (name.StartsWith("x_", StringComparison.Ordinal) && StixTypes.IsDefined(context.Type)
            && !context.Kind.HasToplevelPropertyExtension)
        {
            context.Warning(RuleCodes.CustomPropertyDeprecated,
                $"'{name}' is a custom property; custom properties are deprecated in favour of a property-extension.");
        }
    }
}
