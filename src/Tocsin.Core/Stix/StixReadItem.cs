namespace Tocsin.Core.Stix;

/// <summary>One item read from a STIX file: an object, or the reason it could not be read.</summary>
/// <param name="Index">Position in the bundle's <c>objects</c> array (0 for a file holding one object);
/// -1 for a problem with the file as a whole, after which reading stops.</param>
/// <param name="Object">The object, when it could be parsed.</param>
/// <param name="Error">Why it could not, otherwise.</param>
public sealed record StixReadItem(int Index, StixObject? Object, Error? Error);
