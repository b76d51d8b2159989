using System.Text.Encodings.Web;
using System.Text.Json;
using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>A page of versions written as an envelope, a manifest or a versions resource, streamed to the
/// response. Envelope objects are the stored bytes, embedded unchanged (never re-serialised). Sets
/// <c>X-TAXII-Date-Added-First</c> and <c>-Last</c> (TAXII 2.1 §3.3.1) when the page is not empty.</summary>
/// <remarks><c>objects</c>/<c>versions</c> is omitted on an empty page; <c>next</c> is present exactly when
/// <c>more</c> is true.</remarks>
public sealed class TaxiiPageResult(ObjectPage page, string? next, TaxiiPageKind kind) : IResult, IStatusCodeHttpResult
{
    /// <summary>Header of the first <c>date_added</c> on the page.</summary>
    public const string DateAddedFirstHeader = "X-TAXII-Date-Added-First";

    /// <summary>Header of the last <c>date_added</c> on the page.</summary>
    public const string DateAddedLastHeader = "X-TAXII-Date-Added-Last";

    private const int FlushThreshold = 32 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        TaxiiJson.Prepare(response, StatusCodes.Status200OK);
        var items = page.Items;
        if (items.Count > 0)
        {
            response.Headers[DateAddedFirstHeader] = items[0].DateAdded.ToTaxiiString();
            response.Headers[DateAddedLastHeader] = items[^1].DateAdded.ToTaxiiString();
        }

        var pipe = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("more", page.More);
        if (page.More && next is not null)
        {
            writer.WriteString("next", next);
        }

        if (items.Count > 0)
        {
            writer.WriteStartArray(kind == TaxiiPageKind.Versions ? "versions" : "objects");
            foreach (var item in items)
            {
                WriteItem(writer, item);
                if (writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                    await pipe.FlushAsync(cancellationToken);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        await pipe.FlushAsync(cancellationToken);
    }

    private void WriteItem(Utf8JsonWriter writer, StoredObject item)
    {
        switch (kind)
        {
            case TaxiiPageKind.Envelope:
                writer.WriteRawValue(item.Object.Json.Span, skipInputValidation: true);
                break;
            case TaxiiPageKind.Manifest:
                writer.WriteStartObject();
                writer.WriteString("id", item.Object.Id);
                writer.WriteString("date_added", item.DateAdded.ToTaxiiString());
                writer.WriteString("version", TaxiiVersions.VersionOf(item));
                writer.WriteString("media_type", TaxiiVersions.MediaTypeOf(item));
                writer.WriteEndObject();
                break;
            case TaxiiPageKind.Versions:
                writer.WriteStringValue(TaxiiVersions.VersionOf(item));
                break;
        }
    }
}
