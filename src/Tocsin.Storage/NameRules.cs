namespace Tocsin.Storage;

/// <summary>What names the store accepts, for every engine.</summary>
public static class NameRules
{
    /// <summary>The longest alias or principal name.</summary>
    public const int MaxLength = 64;

    /// <summary>A collection alias: 1–64 characters of <c>[a-z0-9-_.]</c>, and not UUID text (so that
    /// <see cref="ITocsinStore.FindCollectionAsync"/> can never confuse an alias with an id).</summary>
    public static bool IsValidCollectionAlias(string? alias) =>
        alias is { Length: > 0 and <= MaxLength }
        && alias.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.')
        && !Guid.TryParse(alias, out _);

    /// <summary>A principal name: 1–64 characters of <c>[A-Za-z0-9._@-]</c>.</summary>
    public static bool IsValidPrincipalName(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '@' or '-');
}
