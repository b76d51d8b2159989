using Tocsin.Core;

namespace Tocsin.Storage.Classification;

/// <summary>The expected failures of <see cref="IClassificationStore"/> and of the classification API.</summary>
public static class ClassificationErrors
{
    /// <summary><c>not-a-staff-member</c>: clearances are for people; a partner has a classification ceiling.</summary>
    public static Error NotAStaffMember(string name) => new("not-a-staff-member",
        $"'{name}' is a partner service: clearances are for staff; set a partner's classification ceiling in its sharing profile.");

    /// <summary><c>classification-level-unknown</c>.</summary>
    public static Error LevelUnknown(string level, IReadOnlyList<string> levels) => new("classification-level-unknown",
        $"'{level}' is not a level of the deployment's classification scale ({string.Join(", ", levels)}).");

    /// <summary><c>caveat-unknown</c>.</summary>
    public static Error CaveatUnknown(string caveat, IReadOnlyList<string> caveats) => new("caveat-unknown",
        $"'{caveat}' is not a caveat of the deployment's classification scale ({string.Join(", ", caveats)}).");

    /// <summary><c>compartment-name-invalid</c>.</summary>
    public static Error CompartmentNameInvalid(string name) => new("compartment-name-invalid",
        $"Compartment name '{name}' is invalid: use 1 to 64 letters, digits, spaces, '-' or '_', starting with a letter or digit.");

    /// <summary><c>compartment-unknown</c>: a clearance may name only compartments an administrator created.</summary>
    public static Error CompartmentUnknown(string name) => new("compartment-unknown",
        $"No compartment '{name}' exists: create it first (tocsin marking add --compartment).");
}
