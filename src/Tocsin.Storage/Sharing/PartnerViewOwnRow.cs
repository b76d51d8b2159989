namespace Tocsin.Storage.Sharing;

/// <summary>A visible contribution of the partner whose view is computed, by its <c>objects</c> row, with its
/// <c>date_added</c> in the collection (to merge it with our candidates in collection order).</summary>
internal sealed record PartnerViewOwnRow(long ObjectRow, long DateAdded);
