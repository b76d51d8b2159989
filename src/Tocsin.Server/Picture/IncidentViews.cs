using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>Builds incident summaries and details from a reader's <see cref="PictureSnapshot"/>, naming every version
/// each one shows.</summary>
internal static class IncidentViews
{
    public static IncidentSummary Summary(StixObject incident, PictureSnapshot snapshot, ICollection<StixObject> shown)
    {
        var facts = IncidentFacts.Of(incident);
        var places = IncidentFacts.LocationIds(incident, snapshot).Select(id => snapshot.Find(id)!).ToList();
        var actors = snapshot.From(incident.Id, "attributed-to").Select(r => snapshot.Find(StixFields.Text(r.Root, "target_ref"))!)
            .DistinctBy(o => o.Id).ToList();
        shown.Add(incident);
        places.ForEach(shown.Add);
        actors.ForEach(shown.Add);
        return new IncidentSummary(
            incident.Id,
            StixFields.Text(incident.Root, "name") ?? incident.Id,
            facts.When?.Text,
            facts.Outcome,
            [.. places.Select(ObjectLink.Of)],
            [.. actors.Select(ObjectLink.Of)],
            facts.AttackTypes,
            facts.Killed,
            facts.Injured,
            MarkingNames(incident, snapshot));
    }

    public static Shown<IncidentDetail>? Detail(string id, PictureSnapshot snapshot)
    {
        if (snapshot.Find(id) is not { Type: "incident" } incident)
        {
            return null;
        }

        var shown = new List<StixObject>();
        var summary = Summary(incident, snapshot, shown);
        var facts = IncidentFacts.Of(incident);
        var places = IncidentFacts.LocationIds(incident, snapshot).Select(p => PlaceOf(snapshot.Find(p)!)).ToList();
        var reports = snapshot.Referencing(incident.Id, "report").OrderBy(r => r.Created).ToList();
        shown.AddRange(reports);
        var attribution = Attribution.Of(incident.Id, snapshot, shown);
        var creator = snapshot.Find(incident.CreatedByRef);
        if (creator is not null)
        {
            shown.Add(creator);
        }

        var detail = new IncidentDetail(
            summary,
            StixFields.Text(incident.Root, "description"),
            facts.Determination,
            facts.InvestigationStatus,
            facts.TargetTypes,
            facts.Weapons,
            facts.PerpetratorCount,
            places,
            [.. reports.Select(r => new ReportLink(r.Id, ObjectLink.Of(r).Name, StixFields.Text(r.Root, "published")))],
            attribution,
            creator is null ? null : ObjectLink.Of(creator),
            incident.Created?.Text,
            incident.Modified?.Text);
        return new Shown<IncidentDetail>(detail, [.. shown.DistinctBy(v => v.Id)]);
    }

    /// <summary>The names of the object's markings as the picture defines them; a marking the reader cannot see by
    /// name is shown by id.</summary>
    public static IReadOnlyList<string> MarkingNames(StixObject stix, PictureSnapshot snapshot) =>
        [.. stix.ObjectMarkingRefs.Select(id => snapshot.Find(id) is { } marking ? ObjectLink.Of(marking).Name : id)];

    private static IncidentPlace PlaceOf(StixObject location) => new(
        location.Id,
        ObjectLink.Of(location).Name,
        StixFields.Number(location.Root, "latitude"),
        StixFields.Number(location.Root, "longitude"),
        StixFields.Text(location.Root, "city"),
        StixFields.Text(location.Root, "administrative_area"),
        StixFields.Text(location.Root, "country"),
        StixFields.Text(location.Root, "region"));
}
