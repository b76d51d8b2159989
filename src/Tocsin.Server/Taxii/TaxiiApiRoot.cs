using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>A served API root: its name in URLs, its descriptive fields and which collections it serves.</summary>
public sealed record TaxiiApiRoot(string Name, string Title, string? Description, IReadOnlySet<string> Aliases)
{
    /// <summary>True when this root serves <paramref name="collection"/> (every collection when no aliases are configured).</summary>
    public bool Serves(Collection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return Aliases.Count == 0 || Aliases.Contains(collection.Alias);
    }
}
