namespace Tocsin.Core.Stix.Patterning;

/// <summary>One component of an object path: a property name (quoted or not), a list index, or
/// <c>[*]</c> for any item.</summary>
/// <param name="Property">The property name, unquoted; null for an index.</param>
/// <param name="Index">The list index; null for a property or <c>[*]</c>.</param>
public readonly record struct PathStep(string? Property, int? Index)
{
    /// <summary>True for <c>[*]</c>.</summary>
    public bool IsAnyIndex => Property is null && Index is null;
}
