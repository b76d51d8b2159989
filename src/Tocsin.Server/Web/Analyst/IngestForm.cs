namespace Tocsin.Server.Web.Analyst;

/// <summary>What the ingest form posts besides the file: the pasted text and what the analyst says about the report.</summary>
public sealed class IngestForm
{
    /// <summary>The pasted text, or empty when a file is uploaded.</summary>
    public string? Text { get; set; }

    /// <summary>Who published the report.</summary>
    public string? Source { get; set; }

    /// <summary>The publication date, <c>yyyy-MM-dd</c>.</summary>
    public string? Published { get; set; }

    /// <summary><c>en</c>, <c>fr</c>, or empty to detect.</summary>
    public string? Language { get; set; }

    /// <summary>A title, optional.</summary>
    public string? Title { get; set; }
}
