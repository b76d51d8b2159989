using System.Globalization;
using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Drafts what happened: incidents (Incident Core + terrorism extensions) and their
/// <c>located-at</c> links to the locations named in the same sentences.</summary>
internal static class EventDrafts
{
    public static DraftItem Incident(DraftWriter writer, AnalysedText text, IncidentFinding finding, string? placeName)
    {
        var id = StixId.NewRandom("incident").ToString();
        var c = finding.Casualties;
        var label = finding.OutcomeName
            + (c.Killed is { } k ? string.Create(CultureInfo.InvariantCulture, $", {k.Count} killed") : string.Empty)
            + (c.Injured is { } i ? string.Create(CultureInfo.InvariantCulture, $", {i.Count} injured") : string.Empty);
        var what = finding.Outcome switch
        {
            IncidentOutcome.Completed => "Attack",
            IncidentOutcome.Attempted => "Attempted attack",
            IncidentOutcome.Foiled => "Foiled plot",
            IncidentOutcome.Unknown => "Incident",
        };
        var spans = finding.Spans.ToList();
        var stix = writer.Write("incident", id, w =>
        {
            w.WriteString("name", placeName is null ? what + " (draft)" : $"{what}, {placeName} (draft)");
            w.WriteString("description", string.Join(' ', spans.Select(s => text.SentenceText(text.SentenceAt(s.Start))).Distinct(StringComparer.Ordinal)));
        }, new Provenance("incident", spans, finding.Confidence), w =>
        {
            w.WriteStartObject(TocsinExtensions.OasisIncidentCoreId);
            w.WriteString("extension_type", "property-extension");
            w.WriteString("determination", finding.Determination);
            w.WriteString("investigation_status", "open");
            w.WriteEndObject();
            w.WriteStartObject(TocsinExtensions.TerrorismIncidentId);
            w.WriteString("extension_type", "property-extension");
            if (finding.AttackTypes.Count > 0)
            {
                DraftWriter.Strings(w, "attack_types", finding.AttackTypes);
            }

            if (finding.TargetTypes.Count > 0)
            {
                DraftWriter.Strings(w, "target_types", finding.TargetTypes);
            }

            if (finding.Weapons.Count > 0)
            {
                DraftWriter.Strings(w, "weapons", finding.Weapons);
            }

            if (c.Killed is { } killed)
            {
                w.WriteNumber("killed", killed.Count);
            }

            if (c.Injured is { } injured)
            {
                w.WriteNumber("injured", injured.Count);
            }

            w.WriteEndObject();
        });
        return new DraftItem { Field = DraftField.Incident, Id = id, Object = stix, Label = label, Spans = spans, Confidence = finding.Confidence };
    }

    public static DraftItem LocatedAt(DraftWriter writer, DraftItem incident, DraftItem location, TextSpan near)
    {
        var id = StixId.NewRandom("relationship").ToString();
        var spans = new List<TextSpan> { location.Spans[0] };
        if (!near.Overlaps(location.Spans[0]))
        {
            spans.Add(near);
        }

        var stix = writer.Write("relationship", id, w =>
        {
            w.WriteString("relationship_type", "located-at");
            w.WriteString("source_ref", incident.Id);
            w.WriteString("target_ref", location.Id);
            w.WriteString("description", $"The report places the incident at {location.Label}.");
        }, new Provenance("link", spans, 60));
        return new DraftItem { Field = DraftField.Link, Id = id, Object = stix, Label = $"{incident.Label} @ {location.Label}", Spans = spans, Confidence = 60 };
    }
}
