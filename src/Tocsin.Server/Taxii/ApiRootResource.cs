namespace Tocsin.Server.Taxii;

/// <summary>The API root resource (TAXII 2.1 §4.2.1).</summary>
public sealed record ApiRootResource(string Title, string? Description, IReadOnlyList<string> Versions, long MaxContentLength);
