namespace Tocsin.Core.Plan.Territories;

/// <summary>One node of a territory tree. Its outlines live in the <see cref="TerritorySet"/>.</summary>
/// <param name="Id">Stable id: <c>FRA</c>, <c>FRA-R11</c> (région by INSEE code), <c>FRA-D75</c>
/// (département by INSEE code), <c>GBR-NIR</c>, <c>BEL-BRU</c> (ISO 3166-2 subdivision code after the
/// country's alpha-3). See docs/alert-plan.md.</param>
/// <param name="Name">Official name in the country's main language, as in the boundary data.</param>
/// <param name="Kind">Level in the tree.</param>
/// <param name="ParentId">Id of the enclosing territory; null for the nation.</param>
/// <param name="Geocodes">CAP geocodes identifying the area.</param>
public sealed record Territory(string Id, string Name, TerritoryKind Kind, string? ParentId, IReadOnlyList<CapGeocode> Geocodes);
