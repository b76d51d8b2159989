using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest;

/// <summary>The draft made from one report: the report object and every item found in it, each traced to
/// the words it came from. Nothing here is in the store until an analyst accepts it.</summary>
public sealed record DraftBundle
{
    /// <summary>The report text after NFC normalisation; every span indexes this string.</summary>
    public required string Text { get; init; }

    /// <summary>The language the text was read as: "en" or "fr".</summary>
    public required string Language { get; init; }

    /// <summary>The drafted <c>report</c>: the text as description, the source, and <c>object_refs</c> naming
    /// every item's id.</summary>
    public required StixObject Report { get; init; }

    /// <summary>The draft items in a stable order: source, actors, parties, locations, incidents, links,
    /// claims, attributions, level changes, quotes. The report itself is not repeated here.</summary>
    public required IReadOnlyList<DraftItem> Items { get; init; }

    /// <summary>Dates named in the text, resolved against the publication date.</summary>
    public required IReadOnlyList<DateMention> Dates { get; init; }

    /// <summary>Every drafted STIX object: the report, then each item's object (existing store objects
    /// referred to are not included).</summary>
    public IEnumerable<StixObject> Objects => Items.Where(i => i.Object is not null).Select(i => i.Object!).Prepend(Report);

    /// <summary>A STIX 2.1 bundle (UTF-8 JSON) of the provenance extension-definition, the report and every
    /// drafted object, each written as its exact bytes.</summary>
    /// <param name="bundleId">The bundle id; a new random one when null.</param>
    public byte[] ToBundleBytes(string? bundleId = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "bundle");
            writer.WriteString("id", bundleId ?? StixId.NewRandom("bundle").ToString());
            writer.WriteStartArray("objects");
            writer.WriteRawValue(IngestProvenance.ExtensionDefinition.Json.Span, skipInputValidation: true);
            foreach (var stixObject in Objects)
            {
                writer.WriteRawValue(stixObject.Json.Span, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
