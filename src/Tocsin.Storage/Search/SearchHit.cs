namespace Tocsin.Storage.Search;

/// <summary>One version a search found.</summary>
/// <param name="Row">Its place in the index order (newest stored first): a later search continues before it.</param>
/// <param name="Stored">The version as the collection holds it.</param>
public sealed record SearchHit(long Row, StoredObject Stored);
