namespace Tocsin.Core.Ingest.Text;

/// <summary>One phrase of a lexicon: its class, where its argument stands, whether its wording leaves no doubt
/// (<see cref="Explicit"/>), whether it is itself hedged ("prime suspect"), and whether it counts only with
/// an attack noun after it (<see cref="NeedsObject"/>: "claimed … the attack", "carried out Monday's attack"), or
/// only with a predicative word after its object (<see cref="Complement"/>: "held Iran responsible").</summary>
internal sealed record Cue(CueClass Class, string Phrase, string Language, CueSide Side, bool Explicit, bool Hedged, bool NeedsObject = false, string? Complement = null);
