namespace Tocsin.Server.Taxii;

/// <summary>The collections resource (TAXII 2.1 §5.1.1); <c>collections</c> is omitted when there are none.</summary>
public sealed record CollectionsResource(IReadOnlyList<CollectionResource>? Collections);
