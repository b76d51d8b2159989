using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Drafts claims, assessments and accusations as DESIGN's assertions: an <c>attributed-to</c>
/// relationship from the incident to whom it blames, with the Tocsin assertion extension. The grade is the
/// placeholder F6 (reliability and credibility cannot be judged) until an analyst grades the source, so the
/// relationship has no STIX <c>confidence</c> (docs/ingest.md, "Assertions").</summary>
internal static class AssertionDrafts
{
    public const string UngradedReliability = "F";
    public const int UngradedCredibility = 6;

    public static DraftItem Write(DraftWriter writer, AssertionFinding finding, string incidentId, string targetId, string asserterId, string assertedAt)
    {
        var id = StixId.NewRandom("relationship").ToString();
        var isClaim = finding.Basis == AssertionBasis.Claim;
        var description = finding.Basis switch
        {
            AssertionBasis.Claim => $"{finding.AsserterName} claimed responsibility (as reported; draft).",
            AssertionBasis.Assessment => $"{finding.AsserterName} assesses that {finding.TargetName} is responsible (as reported; draft).",
            _ => $"{finding.AsserterName} accuses {finding.TargetName} (as reported; draft).",
        };
        var stix = writer.Write("relationship", id, w =>
        {
            w.WriteString("relationship_type", "attributed-to");
            w.WriteString("source_ref", incidentId);
            w.WriteString("target_ref", targetId);
            w.WriteString("description", description);
        }, new Provenance(isClaim ? "claim" : "attribution", finding.Spans, finding.Confidence), w =>
        {
            w.WriteStartObject(TocsinExtensions.AssertionId);
            w.WriteString("extension_type", "property-extension");
            w.WriteString("asserted_by_ref", asserterId);
            w.WriteString("basis", finding.Basis);
            w.WriteString("asserted_at", assertedAt);
            w.WriteString("report_ref", writer.ReportId);
            w.WriteString("source_reliability", UngradedReliability);
            w.WriteNumber("information_credibility", UngradedCredibility);
            w.WriteEndObject();
        });
        return new DraftItem
        {
            Field = isClaim ? DraftField.Claim : DraftField.Attribution,
            Id = id,
            Object = stix,
            Label = finding.Label,
            Spans = [.. finding.Spans.Distinct().OrderBy(s => s.Start)],
            Confidence = finding.Confidence,
        };
    }
}
