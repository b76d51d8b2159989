namespace Tocsin.Core.Ingest.Text;

/// <summary>One phrase of a lexicon: its class, where its argument stands, whether its wording leaves no doubt
/// (<see cref="Explicit"/>) and whether it is itself hedged ("prime suspect").</summary>
internal sealed record Cue(CueClass Class, string Phrase, string Language, CueSide Side, bool Explicit, bool Hedged);
