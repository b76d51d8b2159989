using System.Text;
using System.Text.Json;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Reads;

/// <summary>Streams the read log's rows as CSV (RFC 4180, a header line, CRLF) or as a JSON array of the API's row
/// objects, row by row as the store pages them: an export of millions of rows never sits in memory.</summary>
public sealed class ReadLogExport(IAsyncEnumerable<ReadLogEntry> rows, string format) : IResult
{
    /// <summary>The formats, as <c>format=</c> names them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json"];

    /// <summary>The CSV header line.</summary>
    public const string CsvHeader = "read_at,principal,principal_id,object_id,version,path";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"reads.{format}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        await WriteAsync(writer, format, rows, cancellationToken);
    }

    /// <summary>Writes <paramref name="entries"/> to <paramref name="output"/> as <paramref name="format"/> (one of
    /// <see cref="Formats"/>), flushing as it goes; the API and <c>tocsin reads export</c> share it.</summary>
    public static async Task WriteAsync(TextWriter output, string format, IAsyncEnumerable<ReadLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var csv = format == "csv";
        await output.WriteAsync(csv ? CsvHeader + "\r\n" : "[");
        var written = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var row = ReadLogEntryResponse.Of(entry);
            await output.WriteAsync(csv
                ? string.Join(',', Field(row.ReadAt), Field(row.Principal), Field(row.PrincipalId.ToString("D")), Field(row.ObjectId), Field(row.Version), Field(row.Path)) + "\r\n"
                : (written == 0 ? "\n" : ",\n") + JsonSerializer.Serialize(row, Json));
            if (++written % 200 == 0)
            {
                await output.FlushAsync(cancellationToken);
            }
        }

        await output.WriteAsync(csv ? "" : "\n]\n");
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>A CSV field, quoted when it holds a separator, a quote or a line break. A field that a spreadsheet
    /// would run as a formula gets a leading apostrophe: the log is read by people in spreadsheets.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
