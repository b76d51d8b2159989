namespace Tocsin.Core.Ingest.Text;

/// <summary>A lexicon phrase found in the text, over tokens [FirstToken, LastToken].</summary>
internal sealed record CueMatch(Cue Cue, int FirstToken, int LastToken, TextSpan Span)
{
    public CueClass Class => Cue.Class;
}
