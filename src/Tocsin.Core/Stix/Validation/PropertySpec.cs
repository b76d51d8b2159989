using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation;

/// <summary>One property of a type's table: its data type, vocabulary, range and whether it is required.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Kind">Its data type.</param>
/// <param name="Required">True when the type requires it.</param>
/// <param name="Index">Its position in the table (the bit in <see cref="ValidationContext.SeenTypeProperties"/>).</param>
/// <param name="Vocabulary">For <see cref="PropertyKind.Vocabulary"/> and <see cref="PropertyKind.VocabularyList"/>.</param>
/// <param name="Min">Smallest allowed number, for integers and floats.</param>
/// <param name="Max">Largest allowed number, for integers and floats.</param>
internal sealed record PropertySpec(string Name, PropertyKind Kind, bool Required, int Index, Vocabulary? Vocabulary, double Min, double Max);
