namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A change of a national threat level: the scheme (<c>vigipirate</c>, <c>uk</c>, <c>ocam</c>,
/// <c>nctv</c>), the territory (ISO 3166-1 alpha-2), the level before (null when not stated) and after, and
/// when it was announced or took effect (yyyy-MM-dd, or yyyy-MM when the report names only the month).</summary>
internal sealed record LevelChangeFinding(string Scheme, string Territory, string? From, string To, string Date, IReadOnlyList<TextSpan> Spans, int Confidence)
{
    public string Label => $"{Scheme}|{Territory}|{From ?? string.Empty}|{To}|{Date}";
}
