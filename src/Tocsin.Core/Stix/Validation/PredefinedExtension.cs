namespace Tocsin.Core.Stix.Validation;

/// <summary>One of the extensions STIX 2.1 predefines for SCOs (§6), with the properties it defines.</summary>
/// <param name="Name">The key in <c>extensions</c>, e.g. <c>ntfs-ext</c>.</param>
/// <param name="ObjectType">The SCO type it extends.</param>
/// <param name="Section">The clause of STIX 2.1 Errata 01 that defines it.</param>
/// <param name="Table">Its properties: data types, vocabularies, ranges and required ones.</param>
/// <param name="NeedsOneOf">Properties of which the specification requires at least one (empty when none is).</param>
internal sealed record PredefinedExtension(string Name, string ObjectType, string Section, PropertyTable Table, IReadOnlyList<string> NeedsOneOf);
