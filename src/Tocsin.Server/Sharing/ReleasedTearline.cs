using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Server.Sharing;

/// <summary>A released tearline: the sanitised object, its collection, and the id of the original it derives from when
/// the reader may read the <c>derived-from</c> relationship (null otherwise).</summary>
public sealed record ReleasedTearline(StixObject Tearline, Collection Collection, string? OriginalId);
