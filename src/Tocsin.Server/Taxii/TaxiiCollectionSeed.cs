namespace Tocsin.Server.Taxii;

/// <summary>A collection the settings file asks for; created at start-up when its alias is new.</summary>
public sealed record TaxiiCollectionSeed
{
    /// <summary>The collection's alias.</summary>
    public string Alias { get; init; } = string.Empty;

    /// <summary>Its <c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Its <c>description</c>.</summary>
    public string? Description { get; init; }
}
