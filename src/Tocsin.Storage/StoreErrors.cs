using Tocsin.Core;

namespace Tocsin.Storage;

/// <summary>The expected failures of <see cref="ITocsinStore"/>, one factory per code, shared by every engine.</summary>
public static class StoreErrors
{
    /// <summary><c>collection-alias-invalid</c>.</summary>
    public static Error CollectionAliasInvalid(string alias) => new("collection-alias-invalid",
        $"Collection alias '{alias}' is invalid: use 1 to 64 characters among a-z, 0-9, '-', '_' and '.', and not a UUID.");

    /// <summary><c>collection-alias-taken</c>.</summary>
    public static Error CollectionAliasTaken(string alias) => new("collection-alias-taken", $"A collection with alias '{alias}' already exists.");

    /// <summary><c>collection-not-found</c>.</summary>
    public static Error CollectionNotFound(Guid id) => new("collection-not-found", $"No collection has id {id:D}.");

    /// <summary><c>principal-name-invalid</c>.</summary>
    public static Error PrincipalNameInvalid(string name) => new("principal-name-invalid",
        $"Name '{name}' is invalid: use 1 to 64 characters among A-Z, a-z, 0-9, '.', '_', '@' and '-'.");

    /// <summary><c>principal-name-taken</c>.</summary>
    public static Error PrincipalNameTaken(string name) => new("principal-name-taken", $"A principal named '{name}' already exists.");

    /// <summary><c>principal-not-found</c>, by name.</summary>
    public static Error PrincipalNotFound(string name) => new("principal-not-found", $"No principal is named '{name}'.");

    /// <summary><c>last-admin</c>: disabling the only enabled administrator would leave nobody to administer.</summary>
    public static Error LastEnabledAdmin(string name) =>
        new("last-admin", $"'{name}' is the last enabled administrator: make someone else an administrator first.") { Kind = ErrorKind.Conflict };

    /// <summary><c>principal-not-found</c>, by id.</summary>
    public static Error PrincipalNotFound(Guid id) => new("principal-not-found", $"No principal has id {id:D}.");

    /// <summary><c>api-key-not-found</c>.</summary>
    public static Error ApiKeyNotFound(string keyId) => new("api-key-not-found", $"No API key has id '{keyId}'.");

    /// <summary><c>api-key-expiry-past</c>: a new key would be expired already.</summary>
    public static Error ApiKeyExpiryPast(DateTimeOffset expiresAt) =>
        new("api-key-expiry-past", $"The expiry {expiresAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} is not in the future.");

    /// <summary><c>api-key-taken</c>: a key with this key id is already stored (generate a new key).</summary>
    public static Error ApiKeyTaken(string keyId) => new("api-key-taken", $"An API key with id '{keyId}' already exists.");

    /// <summary><c>invalid-cursor</c>: the text is not a cursor this store issued.</summary>
    public static Error InvalidCursor() => new("invalid-cursor", "The paging cursor is not one this server issued.");
}
