namespace Tocsin.Server.Ingest.Upload;

/// <summary>What an uploaded report file is, as its content shows (never its name or declared type).</summary>
public enum ReportFileKind
{
    /// <summary>Plain text in a supported encoding.</summary>
    Text,

    /// <summary>An HTML page: its visible text is taken, scripts and styles dropped.</summary>
    Html,

    /// <summary>A PDF file: the text of its pages is taken.</summary>
    Pdf,

    /// <summary>Anything else (images, office documents, archives, other binary data): refused.</summary>
    Unsupported,
}
