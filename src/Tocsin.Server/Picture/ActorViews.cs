using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>Builds the threat-actor list and pages from a reader's <see cref="PictureSnapshot"/>, naming every version
/// each one shows. Threat actors and intrusion sets are both actors here.</summary>
internal static class ActorViews
{
    private static readonly string[] ActorTypes = ["threat-actor", "intrusion-set"];

    // Relationship types that make the source a part of the target when both are actors.
    private static readonly string[] BranchTypes = ["related-to", "branch-of", "subsidiary-of", "part-of"];

    public static Shown<IReadOnlyList<ActorSummary>> List(PictureSnapshot snapshot, string? text)
    {
        var wanted = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var actors = snapshot.Objects.Where(IsActor)
            .Where(a => wanted is null || TextFold.Contains(StixFields.Text(a.Root, "name"), wanted) || StixFields.Texts(a.Root, "aliases").Any(x => TextFold.Contains(x, wanted)))
            .OrderBy(a => ObjectLink.Of(a).Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new Shown<IReadOnlyList<ActorSummary>>([.. actors.Select(a => Summary(a, snapshot))], actors);
    }

    public static Shown<ActorDetail>? Detail(string id, PictureSnapshot snapshot)
    {
        if (snapshot.Find(id) is not { } actor || !IsActor(actor))
        {
            return null;
        }

        var shown = new List<StixObject> { actor };
        var parents = Related(BranchTypes.SelectMany(t => snapshot.From(id, t)), "target_ref", snapshot, shown);
        var branches = Related(BranchTypes.SelectMany(t => snapshot.To(id, t)), "source_ref", snapshot, shown);
        var speaksAs = snapshot.From(id, "attributed-to").Select(r => snapshot.Find(StixFields.Text(r.Root, "target_ref"))!)
            .Where(o => o.Type == "identity").DistinctBy(o => o.Id).ToList();
        shown.AddRange(speaksAs);
        var incidents = Incidents(id, snapshot, shown);
        var creator = snapshot.Find(actor.CreatedByRef);
        if (creator is not null)
        {
            shown.Add(creator);
        }

        var detail = new ActorDetail(
            Summary(actor, snapshot),
            StixFields.Text(actor.Root, "description"),
            StixFields.Text(actor.Root, "primary_motivation"),
            StixFields.Text(actor.Root, "resource_level"),
            StixFields.Texts(actor.Root, "goals"),
            parents,
            branches,
            Designations(actor),
            [.. speaksAs.Select(ObjectLink.Of)],
            incidents,
            creator is null ? null : ObjectLink.Of(creator),
            actor.Created?.Text,
            actor.Modified?.Text);
        return new Shown<ActorDetail>(detail, [.. shown.DistinctBy(v => v.Id)]);
    }

    private static bool IsActor(StixObject stix) => ActorTypes.Contains(stix.Type, StringComparer.Ordinal);

    private static ActorSummary Summary(StixObject actor, PictureSnapshot snapshot) => new(
        actor.Id,
        actor.Type,
        ObjectLink.Of(actor).Name,
        StixFields.Texts(actor.Root, "aliases"),
        StixFields.Texts(actor.Root, actor.Type == "threat-actor" ? "threat_actor_types" : "resource_level"),
        IncidentViews.MarkingNames(actor, snapshot),
        snapshot.To(actor.Id, "attributed-to").Select(r => StixFields.Text(r.Root, "source_ref")).Distinct(StringComparer.Ordinal)
            .Count(s => snapshot.Find(s) is { Type: "incident" }));

    private static IReadOnlyList<ObjectLink> Related(IEnumerable<StixObject> relationships, string end, PictureSnapshot snapshot, List<StixObject> shown)
    {
        var others = relationships.Select(r => (Relationship: r, Other: snapshot.Find(StixFields.Text(r.Root, end))!))
            .Where(pair => IsActor(pair.Other)).DistinctBy(pair => pair.Other.Id).ToList();
        shown.AddRange(others.SelectMany(pair => new[] { pair.Relationship, pair.Other }));
        return [.. others.Select(pair => ObjectLink.Of(pair.Other))];
    }

    private static IReadOnlyList<ActorIncident> Incidents(string id, PictureSnapshot snapshot, List<StixObject> shown)
    {
        var rows = new List<(DateTimeOffset Key, ActorIncident Row)>();
        foreach (var relationship in snapshot.To(id, "attributed-to"))
        {
            var source = snapshot.Find(StixFields.Text(relationship.Root, "source_ref"))!;
            if (source.Type is not ("incident" or "campaign"))
            {
                continue;
            }

            var assertion = StixFields.Extension(relationship.Root, TocsinExtensions.AssertionId);
            var assertedBy = snapshot.Find(StixFields.Text(assertion, "asserted_by_ref"));
            shown.AddRange(assertedBy is null ? [relationship, source] : [relationship, source, assertedBy]);
            var facts = source.Type == "incident" ? IncidentFacts.Of(source) : null;
            var when = facts?.When ?? Timestamp(StixFields.Text(source.Root, "first_seen")) ?? source.Created;
            rows.Add((when?.Instant ?? DateTimeOffset.MinValue, new ActorIncident(
                ObjectLink.Of(source), when?.Text, facts?.Outcome, relationship.Id, StixFields.Text(assertion, "basis"),
                assertedBy is null ? null : ObjectLink.Of(assertedBy), Attribution.GradeOf(assertion))));
        }

        return [.. rows.OrderByDescending(r => r.Key).ThenBy(r => r.Row.RelationshipId, StringComparer.Ordinal).Select(r => r.Row)];
    }

    private static IReadOnlyList<Designation> Designations(StixObject actor)
    {
        if (!actor.Root.TryGetProperty("external_references", out var references) || references.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return [];
        }

        return [.. references.EnumerateArray()
            .Where(r => StixFields.Text(r, "source_name") is not null)
            .Select(r => new Designation(StixFields.Text(r, "source_name")!, StixFields.Text(r, "external_id"), StixFields.Text(r, "url"), StixFields.Text(r, "description")))];
    }

    private static StixTimestamp? Timestamp(string? text) => StixTimestamp.TryParse(text, out var parsed) ? parsed : null;
}
