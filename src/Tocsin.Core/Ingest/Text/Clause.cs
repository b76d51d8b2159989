namespace Tocsin.Core.Ingest.Text;

/// <summary>A clause of a sentence: tokens [FirstToken, LastToken) and their characters.</summary>
internal sealed record Clause(int Start, int End, int FirstToken, int LastToken, int SentenceIndex)
{
    public bool ContainsToken(int token) => token >= FirstToken && token < LastToken;
}
