namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A place named in the text, possibly with a relation ("near Moscow"): <see cref="Name"/> is the
/// name the draft gives it.</summary>
internal sealed record LocationMention(string Name, Place Place, string? Relation, TextSpan Span, int Confidence);
