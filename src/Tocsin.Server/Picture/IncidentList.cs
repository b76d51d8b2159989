using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>Lists a reader's incidents: those of their snapshot that pass every filter, newest first (by
/// <see cref="IncidentFacts.When"/>, ties by id), one page at a time.</summary>
internal static class IncidentList
{
    private static readonly string[] PlaceProperties = ["name", "city", "administrative_area", "country", "region"];

    public static Shown<IncidentListPage> Page(PictureSnapshot snapshot, IncidentFilter filter)
    {
        var matching = snapshot.OfType("incident")
            .Select(incident => (Incident: incident, Key: KeyOf(incident)))
            .Where(entry => filter.After is null || filter.After.Precedes(entry.Key, entry.Incident.Id))
            .Where(entry => Matches(entry.Incident, entry.Key, snapshot, filter))
            .OrderByDescending(entry => entry.Key)
            .ThenBy(entry => entry.Incident.Id, StringComparer.Ordinal)
            .Take(filter.Limit + 1)
            .ToList();
        var page = matching.Take(filter.Limit).ToList();
        var shown = new List<StixObject>();
        var summaries = page.Select(entry => IncidentViews.Summary(entry.Incident, snapshot, shown)).ToList();
        var more = matching.Count > filter.Limit;
        var next = more ? new ListPosition(page[^1].Key, page[^1].Incident.Id).Token() : null;
        return new Shown<IncidentListPage>(new IncidentListPage(summaries, more, next), [.. shown.DistinctBy(v => v.Id)]);
    }

    private static DateTimeOffset KeyOf(StixObject incident) => IncidentFacts.Of(incident).When?.Instant ?? DateTimeOffset.MinValue;

    private static bool Matches(StixObject incident, DateTimeOffset key, PictureSnapshot snapshot, IncidentFilter filter)
    {
        var facts = IncidentFacts.Of(incident);
        return (filter.From is not { } from || (facts.When is not null && key >= from))
            && (filter.To is not { } to || (facts.When is not null && key < to))
            && (filter.Outcome is null || string.Equals(facts.Outcome, filter.Outcome, StringComparison.Ordinal))
            && (filter.AttackType is null || facts.AttackTypes.Contains(filter.AttackType, StringComparer.OrdinalIgnoreCase))
            && (filter.Marking is null || IncidentViews.MarkingNames(incident, snapshot).Concat(incident.ObjectMarkingRefs).Contains(filter.Marking, StringComparer.OrdinalIgnoreCase))
            && (filter.Place is null || IncidentFacts.LocationIds(incident, snapshot).Any(id => PlaceMatches(snapshot.Find(id)!, filter.Place)))
            && (filter.Actor is null || snapshot.From(incident.Id, "attributed-to").Any(r => ActorMatches(snapshot.Find(StixFields.Text(r.Root, "target_ref"))!, filter.Actor)));
    }

    private static bool PlaceMatches(StixObject location, string wanted) =>
        location.Id == wanted
        || PlaceProperties.Any(p => StixFields.Text(location.Root, p)?.Contains(wanted, StringComparison.OrdinalIgnoreCase) == true);

    private static bool ActorMatches(StixObject actor, string wanted) =>
        actor.Id == wanted
        || StixFields.Text(actor.Root, "name")?.Contains(wanted, StringComparison.OrdinalIgnoreCase) == true
        || StixFields.Texts(actor.Root, "aliases").Any(a => a.Contains(wanted, StringComparison.OrdinalIgnoreCase));
}
