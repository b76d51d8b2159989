namespace Tocsin.Storage.Sharing;

/// <summary>A visible version of our picture in the collection, by its <c>objects</c> row, that the policy may
/// admit to a view, with its <c>date_added</c> in the collection.</summary>
internal sealed record PartnerViewCandidate(long ObjectRow, byte[] Json, long DateAdded);
