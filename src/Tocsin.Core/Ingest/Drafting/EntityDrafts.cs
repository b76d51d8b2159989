using Tocsin.Core.Ingest.Actors;
using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Drafts the named things of a report: its source, actors, parties and locations. Several
/// mentions of one thing become one item with several spans.</summary>
internal static class EntityDrafts
{
    public static DraftItem Source(DraftWriter writer, string source, string text)
    {
        var at = text.IndexOf(source, StringComparison.OrdinalIgnoreCase);
        var span = at >= 0 ? new TextSpan(at, at + source.Length) : new TextSpan(0, text.Length);
        var id = StixId.NewRandom("identity").ToString();
        var stix = writer.Write("identity", id, w =>
        {
            w.WriteString("name", source);
            w.WriteString("description", "Publisher of the ingested report.");
            w.WriteString("identity_class", "organization");
        }, new Provenance("source", [span], 100));
        return new DraftItem { Field = DraftField.Source, Id = id, Object = stix, Label = source, Spans = [span], Confidence = 100 };
    }

    /// <summary>One item per actor; the map gives each actor key's STIX id for relationships.</summary>
    public static List<DraftItem> Actors(DraftWriter writer, List<ActorMention> mentions, Dictionary<string, string> idsByKey)
    {
        var items = new List<DraftItem>();
        foreach (var group in mentions.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var spans = group.Select(m => m.Span).ToList();
            var confidence = group.Max(m => m.Confidence);
            if (first.Known is { } known)
            {
                idsByKey[group.Key] = known.Id;
                items.Add(new DraftItem { Field = DraftField.Actor, Id = known.Id, Label = known.Name, Spans = spans, Confidence = confidence });
                continue;
            }

            var id = StixId.NewRandom("threat-actor").ToString();
            idsByKey[group.Key] = id;
            if (first.Organisation is not { } organisation)
            {
                items.Add(NewGroup(writer, id, first.Name, spans, confidence));
                continue;
            }

            var parent = organisation.ParentKey is { } p && DesignatedOrganisations.Instance.ByKey.TryGetValue(p, out var parentOrg) ? parentOrg.Name : null;
            var stix = writer.Write("threat-actor", id, w =>
            {
                w.WriteString("name", organisation.Name);
                w.WriteString("description", "Designated terrorist organisation named in the report (Tocsin's designated-organisations list)." + (parent is null ? string.Empty : $" A branch of {parent}."));
                DraftWriter.Strings(w, "threat_actor_types", ["terrorist"]);
                var aliases = organisation.SupplementAliases.Concat(organisation.ContextualAliases).Distinct(StringComparer.Ordinal).Take(12).ToList();
                if (aliases.Count > 0)
                {
                    DraftWriter.Strings(w, "aliases", aliases);
                }
            }, new Provenance("actor", spans, confidence));
            items.Add(new DraftItem { Field = DraftField.Actor, Id = id, Object = stix, Label = organisation.Name, Spans = spans, Confidence = confidence });
        }

        return items;
    }

    /// <summary>A group no designation list names, drafted because a claim or an attribution names it.</summary>
    private static DraftItem NewGroup(DraftWriter writer, string id, string name, List<TextSpan> spans, int confidence)
    {
        var stix = writer.Write("threat-actor", id, w =>
        {
            w.WriteString("name", name);
            w.WriteString("description", "Group named in the report as claiming or blamed for an attack; not on Tocsin's designated-organisations list.");
            DraftWriter.Strings(w, "threat_actor_types", ["terrorist"]);
        }, new Provenance("actor", spans, confidence));
        return new DraftItem { Field = DraftField.Actor, Id = id, Object = stix, Label = name, Spans = spans, Confidence = confidence };
    }

    public static List<DraftItem> Locations(DraftWriter writer, List<LocationMention> mentions)
    {
        var items = new List<DraftItem>();
        foreach (var group in mentions.GroupBy(m => m.Name, StringComparer.Ordinal))
        {
            var first = group.First();
            var place = first.Place;
            var spans = group.Select(m => m.Span).ToList();
            var id = StixId.NewRandom("location").ToString();
            var stix = writer.Write("location", id, w =>
            {
                w.WriteString("name", first.Name);
                if (first.Relation is not null)
                {
                    w.WriteString("description", $"A place {first.Relation} {place.Name}, as the report puts it.");
                }

                if (place.Region is not null)
                {
                    w.WriteString("region", place.Region);
                }

                if (place.Country is not null)
                {
                    w.WriteString("country", place.Country);
                }

                if (place.AdministrativeArea is not null)
                {
                    w.WriteString("administrative_area", place.AdministrativeArea);
                }

                var city = place.Kind == "city" ? place.Name : place.City;
                if (city is not null)
                {
                    w.WriteString("city", city);
                }
            }, new Provenance("location", spans, group.Max(m => m.Confidence)));
            items.Add(new DraftItem { Field = DraftField.Location, Id = id, Object = stix, Label = first.Name, Spans = spans, Confidence = group.Max(m => m.Confidence) });
        }

        return items;
    }
}
