namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A quotation and who said it.</summary>
internal sealed record QuoteFinding(string Quote, string Speaker, TextSpan QuoteSpan, TextSpan SpeakerSpan, int Confidence);
