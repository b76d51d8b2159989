namespace Tocsin.Server.Ingest.Upload;

/// <summary>The form fields of a report sent as <c>multipart/form-data</c>, by the API or the ingest page: the text
/// pasted or a file, and what the analyst says about the report.</summary>
/// <param name="Text">The pasted text, or null.</param>
/// <param name="Source">Who published it (required).</param>
/// <param name="Published">A date or an RFC 3339 time, or null (now).</param>
/// <param name="Language"><c>en</c> or <c>fr</c>, or null to detect.</param>
/// <param name="Title">A title, or null: the document's own title, else the first line.</param>
public sealed record ReportUploadFields(string? Text, string? Source, string? Published, string? Language, string? Title);
