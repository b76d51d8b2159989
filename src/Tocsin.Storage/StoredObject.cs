using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>One object version as it sits in a collection.</summary>
/// <param name="Object">The version, bytes exactly as received.</param>
/// <param name="DateAdded">When it became visible in the collection (microsecond precision, unique per collection).</param>
/// <param name="Deleted">True when a tombstone hides it.</param>
public sealed record StoredObject(StixObject Object, DateAddedStamp DateAdded, bool Deleted);
