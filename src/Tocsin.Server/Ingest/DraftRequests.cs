using System.Globalization;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Tocsin.Core;
using Tocsin.Core.Ingest;
using Tocsin.Server.Ingest.Upload;

namespace Tocsin.Server.Ingest;

/// <summary>Reads draft requests from HTTP: the body is read up to a limit and refused with
/// <c>too-large</c> as soon as it is exceeded (before reading it all when <c>Content-Length</c> says so).</summary>
internal static class DraftRequests
{
    /// <summary>Room for JSON syntax and escapes around a report of <see cref="IngestLimits.MaxBytes"/>.</summary>
    public const int JsonOverhead = 64 * 1024;

    /// <summary>Body types taken as an uploaded file. The declared type only routes the body here: what the file is, is
    /// read from its content.</summary>
    public static readonly IReadOnlyList<string> FileMediaTypes = ["application/pdf", "text/html", "application/octet-stream"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A report from a JSON body (<see cref="CreateDraftRequest"/>) or a <c>text/plain</c> body with
    /// <c>source</c>, <c>published</c>, <c>language</c> and <c>title</c> query parameters (the charset
    /// parameter declares the encoding).</summary>
    public static async Task<Result<ReportInput>> ReadReportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        var isJson = mediaType?.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) == true;
        var isText = mediaType?.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) == true;
        if (FileMediaTypes.Any(t => mediaType?.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase) == true))
        {
            return await ReadFileAsync(request, mediaType!.Charset.HasValue ? mediaType.Charset.Value : null, cancellationToken);
        }

        if (!isJson && !isText)
        {
            return new Error("unsupported-media-type",
                "Send the report as application/json {text, source, published, language}, as text/plain with ?source=, or as a file (application/pdf, text/html, application/octet-stream) with ?source=.");
        }

        var body = await ReadBodyAsync(request, isJson ? IngestLimits.MaxBytes + JsonOverhead : IngestLimits.MaxBytes, cancellationToken);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        if (isText)
        {
            var text = IngestInput.Decode(body.Value, mediaType!.Charset.HasValue ? mediaType.Charset.Value : null);
            return text.IsSuccess
                ? ToInput(new CreateDraftRequest(text.Value, request.Query["source"], request.Query["published"], request.Query["language"], request.Query["title"]))
                : text.Error;
        }

        var json = ParseJson<CreateDraftRequest>(body.Value);
        return json.IsSuccess ? ToInput(json.Value) : json.Error;
    }

    /// <summary>A report sent as a file body (<see cref="FileMediaTypes"/>), read up to <see cref="IngestLimits.MaxBytes"/>
    /// and recognised by its content (<see cref="ReportFile"/>), with the report's fields as query parameters.</summary>
    private static async Task<Result<ReportInput>> ReadFileAsync(HttpRequest request, string? charset, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, IngestLimits.MaxBytes, cancellationToken);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        var file = ReportFile.Read(body.Value, charset);
        if (!file.IsSuccess)
        {
            return file.Error;
        }

        var title = request.Query["title"].ToString();
        return ToInput(new CreateDraftRequest(file.Value.Text, request.Query["source"], request.Query["published"], request.Query["language"],
            string.IsNullOrWhiteSpace(title) ? file.Value.Title : title));
    }

    /// <summary>The optional JSON body of an accept; an empty body accepts as drafted.</summary>
    public static async Task<Result<AcceptRequest>> ReadAcceptAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, IngestLimits.MaxBytes + JsonOverhead, cancellationToken);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        return body.Value.Length == 0 ? new AcceptRequest() : ParseJson<AcceptRequest>(body.Value);
    }

    /// <summary>The body, or <c>too-large</c> once more than <paramref name="limit"/> bytes are announced or read.</summary>
    public static async Task<Result<byte[]>> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return IngestErrors.TooLarge(request.ContentLength.Value, limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return IngestErrors.TooLarge(buffer.Length + read, limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Result<T> ParseJson<T>(byte[] body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) is { } value ? value : new Error("invalid-json", "The body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            return new Error("invalid-json", $"The body is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>The report input of a request's fields: the text must be present, the source named, the date readable.</summary>
    internal static Result<ReportInput> ToInput(CreateDraftRequest body)
    {
        if (body.Text is null)
        {
            return IngestErrors.EmptyText();
        }

        if (string.IsNullOrWhiteSpace(body.Source))
        {
            return IngestErrors.Invalid("The report's source is required (e.g. the agency or the URL).");
        }

        DateTimeOffset? published = null;
        if (!string.IsNullOrWhiteSpace(body.Published))
        {
            if (!DateTimeOffset.TryParse(body.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                return IngestErrors.Invalid($"'published' must be a date or an RFC 3339 time, not '{body.Published}'.");
            }

            published = at;
        }

        var language = string.IsNullOrWhiteSpace(body.Language) ? null : body.Language.Trim();
        return new ReportInput(body.Text, body.Source.Trim(), published, language) { Title = string.IsNullOrWhiteSpace(body.Title) ? null : body.Title.Trim() };
    }
}
