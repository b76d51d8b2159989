namespace Tocsin.Core.Stix.Validation;

/// <summary>Rules specific to one object type, run after the common rules. Add one small class per
/// type and list it in <see cref="TypeRules"/>.</summary>
internal interface IStixTypeRule
{
    /// <summary>The <c>type</c> this rule applies to.</summary>
    string Type { get; }

    /// <summary>Reports the type's problems through <paramref name="context"/>, whose path is at the root.</summary>
    void Check(ValidationContext context);
}
