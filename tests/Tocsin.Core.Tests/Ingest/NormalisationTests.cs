using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Tests.Ingest;

public sealed class NormalisationTests
{
    [Theory]
    [InlineData("ISIL-X", "isil k")]
    [InlineData("ИГИЛ-Х", "isil k")]
    [InlineData("ISIS–K", "isis k")]
    [InlineData("Al Qaïda", "qaida")]
    [InlineData("al-Qa’ida", "qaida")]
    [InlineData("el-Qaeda", "qaida")]
    [InlineData("Da'ish", "daesh")]
    [InlineData("Daech", "daesh")]
    [InlineData("Khurasan", "khorasan")]
    [InlineData("Khorassan", "khorasan")]
    [InlineData("l'État islamique", "etat islamique")]
    [InlineData("Hizballah", "hezbollah")]
    [InlineData("Vilayat Khorasan", "wilayat khorasan")]
    [InlineData("Iran's president", "iran president")]
    [InlineData("ﬁghters", "fighters")]
    public void Spellings_fold_to_one_key(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Tokenizer.Keys(text)));
    }

    [Fact]
    public void Token_offsets_index_the_NFC_text()
    {
        var text = new AnalysedText("E\u0301tat islamique");

        Assert.Equal(("État", "etat"), (text.Text[text.Tokens[0].Start..text.Tokens[0].End], text.Tokens[0].Key));
    }
}
