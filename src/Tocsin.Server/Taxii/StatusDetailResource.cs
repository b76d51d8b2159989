namespace Tocsin.Server.Taxii;

/// <summary>One status-details entry (TAXII 2.1 §4.3.1).</summary>
public sealed record StatusDetailResource(string Id, string Version, string? Message);
