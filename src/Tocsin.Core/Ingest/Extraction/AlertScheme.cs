using System.Text.RegularExpressions;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A national threat-level scheme as reports write it: how to recognise it, its levels in order
/// (lowest first), and the words naming each level.</summary>
internal sealed record AlertScheme(string Id, string Territory, Regex Cue, IReadOnlyList<(string Level, Regex Words)> Levels)
{
    public string Highest => Levels[^1].Level;

    public string Lowest => Levels[0].Level;
}
