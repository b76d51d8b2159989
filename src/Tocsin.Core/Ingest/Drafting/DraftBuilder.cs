using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Writes the findings of one report as a draft bundle: every item an object with provenance, the
/// report last with <c>object_refs</c> naming them all.</summary>
internal static class DraftBuilder
{
    public static DraftBundle Build(AnalysedText text, ReportInput input, string language, DateTimeOffset published, DateTimeOffset now, Findings findings)
    {
        var reportId = StixId.NewRandom("report").ToString();
        var writer = new DraftWriter(reportId, input.CreatedByRef, StixTimestamp.FromInstant(now).Text);
        var items = new List<DraftItem> { EntityDrafts.Source(writer, input.Source.Trim(), text.Text) };
        var actorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        items.AddRange(EntityDrafts.Actors(writer, findings.Actors, actorIds));
        var locations = EntityDrafts.Locations(writer, findings.Locations);
        var incidents = Incidents(writer, text, findings, locations);
        var parties = new PartyRegistry();
        var assertions = Assertions(writer, text, findings, incidents, actorIds, parties, published);
        items.AddRange(parties.Write(writer));
        items.AddRange(locations);
        items.AddRange(incidents.Select(i => i.Item));
        items.AddRange(incidents.SelectMany(i => i.Links));
        items.AddRange(assertions);
        items.AddRange(findings.LevelChanges.Select(l => NoteDrafts.LevelChange(writer, text, l)));
        items.AddRange(findings.Quotes.Select(q => NoteDrafts.Quote(writer, q)));
        var report = Report(writer, input, text, language, published, items);
        return new DraftBundle { Text = text.Text, Language = language, Report = report, Items = items, Dates = findings.Dates };
    }

    private static List<(DraftItem Item, IncidentFinding Finding, List<DraftItem> Links)> Incidents(DraftWriter writer, AnalysedText text, Findings findings, List<DraftItem> locations)
    {
        var incidentFindings = findings.Incidents.ToList();
        if (incidentFindings.Count == 0 && findings.Assertions.Count > 0)
        {
            var spans = findings.Assertions[0].Spans.Take(1).ToList();
            incidentFindings.Add(new IncidentFinding(IncidentOutcome.Unknown, new CasualtyFigures(null, null), [], [], [], spans, 40));
        }

        var result = new List<(DraftItem, IncidentFinding, List<DraftItem>)>();
        foreach (var finding in incidentFindings)
        {
            var sentences = finding.Spans.Select(s => text.SentenceIndexAt(s.Start)).ToHashSet();
            var here = locations.Where(l => l.Spans.Any(s => sentences.Contains(text.SentenceIndexAt(s.Start)))).ToList();
            var item = EventDrafts.Incident(writer, text, finding, here.FirstOrDefault()?.Label);
            var links = here.Select(l => EventDrafts.LocatedAt(writer, item, l, finding.Spans[0])).ToList();
            result.Add((item, finding, links));
        }

        return result;
    }

    private static List<DraftItem> Assertions(DraftWriter writer, AnalysedText text, Findings findings, List<(DraftItem Item, IncidentFinding Finding, List<DraftItem> Links)> incidents, Dictionary<string, string> actorIds, PartyRegistry parties, DateTimeOffset published)
    {
        var items = new List<DraftItem>();
        foreach (var finding in findings.Assertions)
        {
            var incident = IncidentFor(text, finding, incidents);
            string asserterId;
            if (finding.AsserterActor is { } group)
            {
                asserterId = parties.IdFor(group.Name, group.Name,
                    $"{group.Name} as a speaker: the party on whose behalf claims are published. Kept apart from its threat-actor record.", false, [group.Span]);
            }
            else
            {
                var party = finding.AsserterParty!;
                asserterId = parties.IdFor(party.IdentityName, party.Name, $"The state of {party.Name} as a source of statements: its government, services and leaders.", true, [finding.Spans[0]]);
            }

            string targetId;
            if (finding.TargetActor is { } actor)
            {
                targetId = actorIds[actor.Key];
            }
            else
            {
                var accused = finding.TargetParty!;
                targetId = parties.IdFor(accused.IdentityName, accused.Name, $"The state of {accused.Name}. Named in an accusation; being named does not make it a threat actor.", true, [finding.Spans[^1]]);
            }

            var assertedAt = finding.Date is { } d
                ? StixTimestamp.FromInstant(new DateTimeOffset(d.First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)).Text
                : StixTimestamp.FromInstant(published).Text;
            items.Add(AssertionDrafts.Write(writer, finding, incident.Id, targetId, asserterId, assertedAt));
        }

        return items;
    }

    private static DraftItem IncidentFor(AnalysedText text, AssertionFinding finding, List<(DraftItem Item, IncidentFinding Finding, List<DraftItem> Links)> incidents)
    {
        var sentence = text.SentenceIndexAt(finding.Spans[0].Start);
        foreach (var (item, incident, _) in incidents)
        {
            if (incident.Outcome == IncidentOutcome.Foiled && incident.Spans.Any(s => text.SentenceIndexAt(s.Start) == sentence))
            {
                return item;
            }
        }

        return incidents[0].Item;
    }

    private static StixObject Report(DraftWriter writer, ReportInput input, AnalysedText text, string language, DateTimeOffset published, List<DraftItem> items)
    {
        var firstLine = text.Text.Split('\n', 2)[0].Trim();
        var name = input.Title ?? (firstLine.Length > 120 ? firstLine[..117] + "..." : firstLine);
        return writer.Write("report", writer.ReportId, w =>
        {
            w.WriteString("name", name);
            w.WriteString("description", text.Text);
            DraftWriter.Strings(w, "report_types", ["threat-report"]);
            w.WriteString("published", StixTimestamp.FromInstant(published).Text);
            DraftWriter.Strings(w, "object_refs", items.Select(i => i.Id).Distinct(StringComparer.Ordinal));
            w.WriteString("lang", language);
            w.WriteStartArray("external_references");
            w.WriteStartObject();
            w.WriteString("source_name", input.Source.Trim());
            if (Uri.TryCreate(input.Source.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                w.WriteString("url", uri.ToString());
            }
            else
            {
                // STIX 2.1 §2.5: a reference needs description, url or external_id besides source_name.
                w.WriteString("description", "Publisher of the report, as named at ingest.");
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }, new Provenance("report", [new TextSpan(0, text.Text.Length)], 100), withReportRef: false);
    }
}
