namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A level named near a change verb: its key, its tokens, and whether "from" (or "replacing", "de", …)
/// introduced it as the level before.</summary>
internal sealed record LevelMention(string Level, int First, int Last, bool AfterFrom);
