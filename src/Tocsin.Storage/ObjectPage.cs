namespace Tocsin.Storage;

/// <summary>One page of a query, in <c>date_added</c> order.</summary>
/// <param name="Items">The versions on this page.</param>
/// <param name="More">True when further matching versions exist after this page.</param>
/// <param name="Next">Opaque cursor for the next page, present exactly when <paramref name="More"/> is true.</param>
public sealed record ObjectPage(IReadOnlyList<StoredObject> Items, bool More, string? Next);
