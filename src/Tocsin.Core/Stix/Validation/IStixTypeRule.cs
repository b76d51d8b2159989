using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Rules specific to one object type. Add one small class per type (in <c>Types/</c>) and list it
/// in <see cref="TypeRules"/>.</summary>
internal interface IStixTypeRule
{
    /// <summary>The <c>type</c> this rule applies to.</summary>
    string Type { get; }

    /// <summary>Checks one top-level property that the common rules do not own, during their single pass.
    /// The property's path is pushed. <paramref name="checkValue"/> is false when the value is an empty
    /// list or dictionary (already reported): the property then only counts as present.</summary>
    void CheckProperty(ValidationContext context, string name, JsonElement value, bool checkValue);

    /// <summary>After the pass: required properties and the checks that combine several properties.
    /// The path is at the root.</summary>
    void Finish(ValidationContext context);
}
