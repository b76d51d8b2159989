namespace Tocsin.Server.Taxii;

/// <summary>The discovery resource (TAXII 2.1 §4.1.1).</summary>
public sealed record DiscoveryResource(string Title, string? Description, string? Contact, string? Default, IReadOnlyList<string> ApiRoots);
