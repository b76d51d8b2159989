namespace Tocsin.Server.Taxii;

/// <summary>One configured API root, served at <c>/taxii2/{Name}/</c>.</summary>
public sealed record TaxiiApiRootSettings
{
    /// <summary>The URL segment: 1 to 64 characters among a-z, 0-9, '-', '_' and '.'.</summary>
    public string Name { get; init; } = TaxiiSettings.DefaultRootName;

    /// <summary>API root <c>title</c>; the name when unset.</summary>
    public string? Title { get; init; }

    /// <summary>API root <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Aliases of the store's collections this root serves; empty: every collection.</summary>
    public IReadOnlyList<string> Collections { get; init; } = [];
}
