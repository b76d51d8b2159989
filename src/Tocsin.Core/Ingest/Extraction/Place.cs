namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A gazetteer place (Data/places.json).</summary>
internal sealed record Place(string Name, string Kind, string? Country, string? Region, string? City, string? AdministrativeArea);
