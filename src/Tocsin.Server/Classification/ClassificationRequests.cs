using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Classification;

/// <summary>Body of <c>POST /api/v1/markings</c>: exactly one of <c>classification</c> (a level of the scale),
/// <c>caveat</c> or <c>compartment</c> (a new compartment's name); <c>collections</c> (ids or aliases) to store it
/// in, every collection when absent.</summary>
[RequestExample("marking.json")]
public sealed record AddMarkingRequest(string? Classification, string? Caveat, string? Compartment, IReadOnlyList<string>? Collections = null);

/// <summary>A national marking definition: its id (what objects reference), kind and term.</summary>
public sealed record MarkingResponse(string Id, string Kind, string Name, DateTimeOffset Created);

/// <summary>Body of <c>PUT /api/v1/users/{name}/clearance</c>: a level of the scale and existing compartments.</summary>
[RequestExample("clearance.json")]
public sealed record SetClearanceRequest([RequiredField] string? Level, IReadOnlyList<string>? Compartments);

/// <summary>A staff member's clearance: <c>revision</c> 0 and the lowest level when none was ever granted.</summary>
public sealed record ClearanceResponse(string Name, string Level, IReadOnlyList<string> Compartments, long Revision, DateTimeOffset? ChangedAt);

/// <summary>The deployment's scale: levels lowest first, caveats, country.</summary>
public sealed record ScaleResponse(string Name, string? Country, IReadOnlyList<string> Levels, IReadOnlyList<string> Caveats, string? RecordReadsFrom);
