using System.Text.Json;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>The content of the provenance extension for one drafted object.</summary>
internal sealed record Provenance(string Field, IReadOnlyList<TextSpan> Spans, int Confidence, Action<Utf8JsonWriter>? Extra = null);
