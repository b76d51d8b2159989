namespace Tocsin.Server.Picture;

/// <summary>A threat actor's page: its aliases (transliteration variants included, as recorded), the groups it is a
/// branch of and its own branches (relationships between two actors: the source is the branch, the target the parent
/// group), its designations (<c>external_references</c>: lists and registers naming it), the identities it speaks as
/// (its <c>attributed-to</c> identities, whose claims are recorded as assertions), and the incidents and plots
/// attributed to it by readable assertions.</summary>
public sealed record ActorDetail(
    ActorSummary Summary,
    string? Description,
    string? PrimaryMotivation,
    string? ResourceLevel,
    IReadOnlyList<string> Goals,
    IReadOnlyList<ObjectLink> ParentGroups,
    IReadOnlyList<ObjectLink> Branches,
    IReadOnlyList<Designation> Designations,
    IReadOnlyList<ObjectLink> SpeaksAs,
    IReadOnlyList<ActorIncident> Incidents,
    ObjectLink? CreatedBy,
    string? Created,
    string? Modified);

/// <summary>An external reference naming an actor: the list or register (<c>source_name</c>), its entry id and address.</summary>
public sealed record Designation(string Source, string? ExternalId, string? Url, string? Description);

/// <summary>An incident or campaign attributed to the actor by one assertion: when, its outcome, and the assertion's
/// basis, asserter and grade, so a claim and an accusation are never confused.</summary>
public sealed record ActorIncident(ObjectLink Incident, string? When, string? Outcome, string RelationshipId, string? Basis, ObjectLink? AssertedBy, string? Grade);
