namespace Tocsin.Server.Taxii;

/// <summary>The collection resource (TAXII 2.1 §5.2.1).</summary>
public sealed record CollectionResource(string Id, string Title, string? Description, string Alias, bool CanRead, bool CanWrite, IReadOnlyList<string> MediaTypes);
