using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sharing;

/// <summary>A tearline that releases some properties of the original as they stand, waiting for a second person
/// holding the approver role (docs/sharing.md, "Tearlines").</summary>
/// <param name="Id">Request id (UUID version 7).</param>
/// <param name="CollectionId">The collection the original is in and the tearline goes to.</param>
/// <param name="ObjectId">The original's STIX id; its latest version is used when the request is approved.</param>
/// <param name="Release">The TLP the tearline is released at.</param>
/// <param name="Texts">The analyst's released texts, omissions and properties to release as they stand.</param>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="RequestedAt">When (UTC).</param>
/// <param name="Status">Pending or released.</param>
/// <param name="DecidedBy">The approver, once released.</param>
/// <param name="DecidedAt">When it was released (UTC).</param>
/// <param name="TearlineId">The released object's id, once released.</param>
public sealed record TearlineRequest(Guid Id, Guid CollectionId, string ObjectId, TlpLevel Release, TearlineTexts Texts, Guid RequestedBy,
    DateTimeOffset RequestedAt, TearlineRequestStatus Status, Guid? DecidedBy, DateTimeOffset? DecidedAt, string? TearlineId);
