namespace Tocsin.Storage;

/// <summary>A TAXII collection of the store: a UUIDv4 id and a unique alias.</summary>
public sealed record Collection(Guid Id, string Alias, string? Title, string? Description, DateTimeOffset CreatedAt);
