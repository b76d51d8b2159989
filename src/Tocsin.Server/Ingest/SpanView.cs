namespace Tocsin.Server.Ingest;

/// <summary>A span of the draft text: <c>start</c> inclusive, <c>end</c> exclusive, UTF-16 code units.</summary>
public sealed record SpanView(int Start, int End);
