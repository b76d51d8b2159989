namespace Tocsin.Core.Ingest.Text;

/// <summary>The NFC form of a report's text with its tokens and sentences, computed once and shared by
/// every extractor. All offsets are UTF-16 indexes into <see cref="Text"/>.</summary>
internal sealed class AnalysedText
{
    public AnalysedText(string text)
    {
        Text = UnicodeTables.ToNfc(text);
        Tokens = Tokenizer.Tokenize(Text);
        Sentences = SentenceSplitter.Split(Text, Tokens);
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<Sentence> Sentences { get; }

    public Sentence SentenceAt(int offset)
    {
        foreach (var sentence in Sentences)
        {
            if (offset < sentence.End)
            {
                return sentence;
            }
        }

        return Sentences[^1];
    }

    public int SentenceIndexAt(int offset)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (offset < Sentences[i].End)
            {
                return i;
            }
        }

        return Sentences.Count - 1;
    }

    public string SentenceText(Sentence sentence) => Text[sentence.Start..sentence.End];
}
