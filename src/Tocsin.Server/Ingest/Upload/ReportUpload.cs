using Microsoft.Net.Http.Headers;
using Tocsin.Core;
using Tocsin.Core.Ingest;

namespace Tocsin.Server.Ingest.Upload;

/// <summary>A report from a form: pasted text or one uploaded file (<see cref="ReportFile"/>), with its source, date,
/// language and title. The API's <c>multipart/form-data</c> body and the ingest page both come through here, so they
/// accept and refuse the same reports.</summary>
public static class ReportUpload
{
    /// <summary>The report input, or (input null) the refusal and its field. Pasting text and uploading a file at once is refused
    /// (which one was meant is unknown).</summary>
    public static async Task<(ReportInput? Input, ReportUploadRefusal? Refusal)> ReadAsync(ReportUploadFields fields, IFormFile? file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var hasText = !string.IsNullOrWhiteSpace(fields.Text);
        var hasFile = file is { Length: > 0 };
        if (hasText && hasFile)
        {
            return (null, new ReportUploadRefusal(IngestErrors.Invalid("Paste the text or upload a file, not both."), "file"));
        }

        if (!hasText && !hasFile)
        {
            return (null, new ReportUploadRefusal(IngestErrors.EmptyText(), "text"));
        }

        string text;
        var title = fields.Title;
        if (hasFile)
        {
            if (file!.Length > IngestLimits.MaxBytes)
            {
                return (null, new ReportUploadRefusal(IngestErrors.TooLarge(file.Length, IngestLimits.MaxBytes), "file"));
            }

            var read = ReportFile.Read(await ContentAsync(file, cancellationToken), CharsetOf(file.ContentType));
            if (!read.IsSuccess)
            {
                return (null, new ReportUploadRefusal(read.Error, "file"));
            }

            text = read.Value.Text;
            title = string.IsNullOrWhiteSpace(title) ? read.Value.Title : title;
        }
        else
        {
            text = fields.Text!;
        }

        var input = DraftRequests.ToInput(new CreateDraftRequest(text, fields.Source, fields.Published, fields.Language, title));
        return input.IsSuccess ? (input.Value, null) : (null, new ReportUploadRefusal(input.Error, FieldOf(input.Error, fields)));
    }

    private static async Task<ReadOnlyMemory<byte>> ContentAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static string? CharsetOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.Charset.HasValue ? parsed.Charset.Value : null;

    // The input checks run in this order: text, source, then the date.
    private static string FieldOf(Error error, ReportUploadFields fields) =>
        error.Code == "invalid-input" && string.IsNullOrWhiteSpace(fields.Source) ? "source"
        : error.Code == "invalid-input" ? "published"
        : "text";
}
