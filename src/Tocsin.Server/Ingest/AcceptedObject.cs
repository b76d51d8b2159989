using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Server.Ingest;

/// <summary>Turns a drafted (or analyst-corrected) object into the version written to the picture: created by
/// our organisation, a new <c>modified</c>, and for assertions the analyst's grade with the confidence it
/// gives. Everything else, including the provenance extension and its <c>report_ref</c>, is kept.</summary>
internal static class AcceptedObject
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The accepted version. Fails with <c>draft-item-mismatch</c> when a correction is not a JSON
    /// object of the item's type and id.</summary>
    /// <param name="drafted">The drafted object.</param>
    /// <param name="correction">The analyst's corrected JSON, or null.</param>
    /// <param name="organizationId">Our organisation's identity: the new <c>created_by_ref</c>.</param>
    /// <param name="grade">The grade for an assertion, or null to keep the drafted one.</param>
    /// <param name="now">The time of acceptance: <c>modified</c>, kept strictly after the drafted version.</param>
    public static Result<StixObject> Build(StixObject drafted, JsonElement? correction, string organizationId, AdmiraltyGrade? grade, DateTimeOffset now)
    {
        var node = JsonNode.Parse(correction is { } corrected ? corrected.GetRawText() : System.Text.Encoding.UTF8.GetString(drafted.Json.Span));
        if (node is not JsonObject json
            || json["type"]?.GetValueKind() != JsonValueKind.String || json["type"]!.GetValue<string>() != drafted.Type
            || json["id"]?.GetValueKind() != JsonValueKind.String || json["id"]!.GetValue<string>() != drafted.Id)
        {
            return new Error("draft-item-mismatch", $"The corrected object must be a JSON object with type '{drafted.Type}' and id '{drafted.Id}'.");
        }

        json["created_by_ref"] = organizationId;
        var floor = drafted.Modified is { } modified ? modified.Instant.AddMilliseconds(1) : now;
        json["modified"] = StixTimestamp.FromInstant(now > floor ? now : floor).Text;
        if (grade is not null)
        {
            Grade(json, grade);
        }

        var buffer = new ArrayBufferWriter<byte>(drafted.Json.Length + 128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteTo(writer);
        }

        return StixObject.Parse(buffer.WrittenMemory.ToArray());
    }

    private static void Grade(JsonObject json, AdmiraltyGrade grade)
    {
        if (json["extensions"]?[TocsinExtensions.AssertionId] is JsonObject assertion)
        {
            assertion["source_reliability"] = grade.SourceReliability.ToString();
            assertion["information_credibility"] = grade.InformationCredibility;
        }

        if (grade.Confidence is { } confidence)
        {
            json["confidence"] = confidence;
        }
        else
        {
            json.Remove("confidence");
        }
    }
}
