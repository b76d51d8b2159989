using Tocsin.Core;

namespace Tocsin.Server.Ingest.Upload;

/// <summary>Why a report upload was refused, and the form field the refusal is about (<c>text</c>, <c>file</c>,
/// <c>source</c>, <c>published</c> or <c>language</c>), so a page can show it beside that field.</summary>
public sealed record ReportUploadRefusal(Error Error, string Field);
