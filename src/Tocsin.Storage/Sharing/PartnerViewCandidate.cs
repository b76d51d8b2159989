namespace Tocsin.Storage.Sharing;

/// <summary>A visible version of the collection, by its <c>objects</c> row, that the policy may admit to a view.</summary>
internal sealed record PartnerViewCandidate(long ObjectRow, byte[] Json);
