using Tocsin.Core;

namespace Tocsin.Storage.Drafts;

/// <summary>The expected failures of draft review, with stable codes.</summary>
public static class DraftErrors
{
    /// <summary><c>draft-not-found</c>.</summary>
    public static Error NotFound(Guid id) => new("draft-not-found", $"No draft with id '{id:D}'.");

    /// <summary><c>draft-item-not-found</c>.</summary>
    public static Error ItemNotFound(Guid id, string itemId) => new("draft-item-not-found", $"Draft '{id:D}' has no item '{itemId}'.");

    /// <summary><c>draft-item-not-pending</c>: the item was already accepted or dropped.</summary>
    public static Error NotPending(string itemId, DraftItemStatus status) =>
        new("draft-item-not-pending", $"Item '{itemId}' was already {status.ToString().ToLowerInvariant()}; an item is decided once.");

    /// <summary><c>draft-exists</c>.</summary>
    public static Error Exists(Guid id) => new("draft-exists", $"A draft with id '{id:D}' already exists.");
}
