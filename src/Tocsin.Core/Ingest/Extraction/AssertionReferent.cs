using Tocsin.Core.Ingest.Actors;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Something an assertion can be about or come from: a group (<see cref="Actor"/>) or a state
/// (<see cref="Party"/>), named directly or <see cref="Resolved"/> from a role ("the interior minister") or
/// a back-reference ("this structure"), over tokens [FirstToken, LastToken].</summary>
internal sealed record AssertionReferent(ActorMention? Actor, Party? Party, TextSpan Span, int FirstToken, int LastToken, int Confidence, bool Resolved)
{
    public bool IsGroup => Actor is not null;

    /// <summary>The same group or state, however named.</summary>
    public string Key => Actor?.Key ?? Party!.Name;
}
