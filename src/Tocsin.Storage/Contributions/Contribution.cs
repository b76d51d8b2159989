using Tocsin.Core.Stix;

namespace Tocsin.Storage.Contributions;

/// <summary>One version a partner service posted: its contribution, stored exactly as received and kept out of our
/// picture (docs/sharing.md "Partner contributions").</summary>
/// <param name="PartnerId">The partner that posted it.</param>
/// <param name="CollectionId">The collection it was posted to.</param>
/// <param name="CollectionAlias">That collection's alias.</param>
/// <param name="Object">The version, bytes as received.</param>
/// <param name="DateAdded">When it was stored (or last re-sent after a tombstone).</param>
/// <param name="Deleted">True when the partner deleted it.</param>
public sealed record Contribution(Guid PartnerId, Guid CollectionId, string CollectionAlias, StixObject Object, DateAddedStamp DateAdded, bool Deleted);
