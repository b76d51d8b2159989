namespace Tocsin.Server.Picture;

/// <summary>An incident's page: its own facts, its places, the reports that mention it (their <c>object_refs</c> name it)
/// and its attribution view, each limited to what the reader may read.</summary>
public sealed record IncidentDetail(
    IncidentSummary Summary,
    string? Description,
    string? Determination,
    string? InvestigationStatus,
    IReadOnlyList<string> TargetTypes,
    IReadOnlyList<string> Weapons,
    int? PerpetratorCount,
    IReadOnlyList<IncidentPlace> Places,
    IReadOnlyList<ReportLink> Reports,
    IReadOnlyList<AssertionView> Attribution,
    ObjectLink? CreatedBy,
    string? Created,
    string? Modified);

/// <summary>A place of an incident (a STIX <c>location</c>): coordinates in WGS84 degrees when the location has them,
/// and its address parts.</summary>
public sealed record IncidentPlace(string Id, string Name, double? Latitude, double? Longitude, string? City, string? AdministrativeArea, string? Country, string? Region);

/// <summary>A report that mentions an object, with its <c>published</c> time as stored.</summary>
public sealed record ReportLink(string Id, string Name, string? Published);
