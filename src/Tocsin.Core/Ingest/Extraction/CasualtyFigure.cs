namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A count of people killed or injured and where it is written.</summary>
internal sealed record CasualtyFigure(int Count, TextSpan Span);
