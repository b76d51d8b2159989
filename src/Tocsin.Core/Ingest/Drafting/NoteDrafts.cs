using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Drafts notes: a threat-level change (its fields in the provenance extension's
/// <c>level_change</c>) and a quotation (<c>quote</c> {speaker, text}). The level decision itself belongs to
/// the alert plan; the note only records what the report says.</summary>
internal static class NoteDrafts
{
    public static DraftItem LevelChange(DraftWriter writer, AnalysedText text, LevelChangeFinding finding)
    {
        var id = StixId.NewRandom("note").ToString();
        var date = finding.Date;
        var stix = writer.Write("note", id, w =>
        {
            w.WriteString("abstract", $"Threat level change: {finding.Scheme} ({finding.Territory}) {(finding.From is null ? string.Empty : finding.From + " → ")}{finding.To}, {date}");
            w.WriteString("content", text.SentenceText(text.SentenceAt(finding.Spans[0].Start)));
            DraftWriter.Strings(w, "object_refs", [writer.ReportId]);
        }, new Provenance("level-change", finding.Spans, finding.Confidence, w =>
        {
            w.WriteStartObject("level_change");
            w.WriteString("scheme", finding.Scheme);
            w.WriteString("territory", finding.Territory);
            if (finding.From is not null)
            {
                w.WriteString("from", finding.From);
            }

            w.WriteString("to", finding.To);
            w.WriteString("date", date);
            w.WriteEndObject();
        }));
        return new DraftItem { Field = DraftField.LevelChange, Id = id, Object = stix, Label = finding.Label, Spans = [.. finding.Spans.Distinct().OrderBy(s => s.Start)], Confidence = finding.Confidence };
    }

    public static DraftItem Quote(DraftWriter writer, QuoteFinding finding)
    {
        var id = StixId.NewRandom("note").ToString();
        var spans = new List<TextSpan> { finding.SpeakerSpan, finding.QuoteSpan }.OrderBy(s => s.Start).ToList();
        var stix = writer.Write("note", id, w =>
        {
            w.WriteString("abstract", $"Quote: {finding.Speaker}");
            w.WriteString("content", finding.Quote);
            DraftWriter.Strings(w, "object_refs", [writer.ReportId]);
        }, new Provenance("quote", spans, finding.Confidence, w =>
        {
            w.WriteStartObject("quote");
            w.WriteString("speaker", finding.Speaker);
            w.WriteString("text", finding.Quote);
            w.WriteEndObject();
        }));
        return new DraftItem { Field = DraftField.Quote, Id = id, Object = stix, Label = finding.Speaker, Spans = spans, Confidence = finding.Confidence };
    }
}
