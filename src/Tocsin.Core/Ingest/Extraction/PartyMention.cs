namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A state, or one of its services or leaders, named in the text.</summary>
internal sealed record PartyMention(Party Party, TextSpan Span);
