namespace Tocsin.Core.Ingest.Text;

/// <summary>A sentence of the NFC text and the range of its tokens.</summary>
internal sealed record Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);

    public int LastToken => FirstToken + TokenCount;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
