namespace Tocsin.Storage.Sharing;

/// <summary>A version joining a partner view, by its <c>objects</c> row, and the view's <c>date_added</c> for it.</summary>
internal sealed record PartnerViewAddition(long Row, long DateAdded);
