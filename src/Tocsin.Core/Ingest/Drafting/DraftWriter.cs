using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Writes drafted STIX objects: common properties, the object's own properties, its extensions and
/// the provenance extension, in that order.</summary>
internal sealed class DraftWriter(string reportId, string? createdByRef, string timestamp)
{
    public string ReportId { get; } = reportId;

    public string Timestamp { get; } = timestamp;

    public StixObject Write(string type, string id, Action<Utf8JsonWriter> properties, Provenance provenance, Action<Utf8JsonWriter>? extensions = null, bool withReportRef = true)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", id);
            w.WriteString("created", Timestamp);
            w.WriteString("modified", Timestamp);
            if (createdByRef is not null)
            {
                w.WriteString("created_by_ref", createdByRef);
            }

            properties(w);
            w.WriteStartObject("extensions");
            extensions?.Invoke(w);
            w.WriteStartObject(IngestProvenance.ExtensionId);
            w.WriteString("extension_type", "property-extension");
            w.WriteString("field", provenance.Field);
            w.WriteStartArray("spans");
            foreach (var span in provenance.Spans.Distinct().OrderBy(s => s.Start))
            {
                w.WriteStartObject();
                w.WriteNumber("start", span.Start);
                w.WriteNumber("end", span.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("confidence", provenance.Confidence);
            if (withReportRef)
            {
                w.WriteString("report_ref", ReportId);
            }

            provenance.Extra?.Invoke(w);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return StixObject.FromTrusted(buffer.ToArray());
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
