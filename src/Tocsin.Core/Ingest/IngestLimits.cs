namespace Tocsin.Core.Ingest;

/// <summary>Size limits of ingest. A wire story is a few kilobytes; anything near these limits is not one report.</summary>
public static class IngestLimits
{
    /// <summary>Largest upload accepted by <see cref="IngestInput.Decode"/>: 10 MiB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Longest text accepted by <see cref="ReportIngestor.Ingest"/>, in UTF-16 code units: 10 Mi.</summary>
    public const int MaxChars = 10 * 1024 * 1024;
}
