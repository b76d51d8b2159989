namespace Tocsin.Core.Ingest.Text;

/// <summary>One word of the NFC text: its span, its match key (folded, look-alikes mapped, spelling
/// variants unified) and facts about its surface needed by context rules.</summary>
internal sealed record Token(int Start, int End, string Key, bool IsUpper, bool IsArticle, bool AfterElision, bool AfterHyphen)
{
    public TextSpan Span => new(Start, End);
}
