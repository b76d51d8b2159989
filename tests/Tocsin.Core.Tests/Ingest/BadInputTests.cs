using System.Text;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Empty_text_is_refused(string text)
    {
        Assert.Equal("empty-text", IngestInput.Decode(Encoding.UTF8.GetBytes(text)).Error?.Code);
    }

    [Fact]
    public void Bytes_with_NUL_are_binary()
    {
        Assert.Equal("binary-content", IngestInput.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]).Error?.Code);
    }

    [Fact]
    public void Eleven_megabytes_are_too_large()
    {
        var bytes = new byte[11 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');

        Assert.Equal("too-large", IngestInput.Decode(bytes).Error?.Code);
    }

    [Fact]
    public void Invalid_UTF8_without_a_declared_encoding_is_an_unknown_encoding()
    {
        var bytes = Encoding.Latin1.GetBytes("Attentat à Arras : un enseignant tué");

        Assert.Equal("unknown-encoding", IngestInput.Decode(bytes).Error?.Code);
    }

    // Found by fuzzing (fuzz/corpus/ingest/crash-utf16-unpaired-surrogate-*.txt): the strict UTF-16 decoder threw.
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00 })] // little-endian, a high surrogate alone
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0xDD, 0xDD })] // little-endian, a low surrogate alone
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D })] // big-endian, a high surrogate at the end
    public void UTF16_with_an_unpaired_surrogate_is_an_unknown_encoding(byte[] bytes)
    {
        var result = IngestInput.Decode(bytes);

        Assert.Equal("unknown-encoding", result.Error?.Code);
    }

    [Fact]
    public void UTF16_with_a_surrogate_pair_is_decoded()
    {
        var result = IngestInput.Decode(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE });

        Assert.Equal("A\U0001F600", result.Value);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    public void A_declared_legacy_encoding_is_decoded(string encoding)
    {
        var bytes = Encoding.Latin1.GetBytes("Attentat à Arras : un enseignant tué");

        Assert.Equal("Attentat à Arras : un enseignant tué", IngestInput.Decode(bytes, encoding).Value);
    }

    [Fact]
    public void Windows1252_quotes_are_decoded()
    {
        Assert.Equal("“urgence attentat”", IngestInput.Decode([0x93, .. "urgence attentat"u8, 0x94], "windows-1252").Value);
    }

    [Fact]
    public void An_unsupported_declared_encoding_is_refused()
    {
        Assert.Equal("unknown-encoding", IngestInput.Decode("text"u8, "koi8-r").Error?.Code);
    }

    [Fact]
    public void German_text_is_an_unsupported_language_naming_the_guess()
    {
        var text = "Bei dem Anschlag auf die Konzerthalle wurden mindestens 137 Menschen getötet. Die Polizei hat vier Verdächtige festgenommen, die nach Angaben der Behörden auf dem Weg in die Ukraine waren.";

        var result = ReportIngestor.Ingest(new ReportInput(text, "Test"), [], new FakeTimeProvider());

        Assert.Equal(("unsupported-language", true), (result.Error?.Code, result.Error?.Message.Contains("'de'", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_forced_language_skips_detection()
    {
        var result = ReportIngestor.Ingest(new ReportInput("ISIS-K attack: 12 killed", "Test", Language: "en"), [], new FakeTimeProvider());

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Text_without_a_source_is_refused()
    {
        Assert.Equal("invalid-input", ReportIngestor.Ingest(new ReportInput("The attack killed 3 people.", " "), [], new FakeTimeProvider()).Error?.Code);
    }

    [Fact]
    public void Binary_text_pasted_directly_gives_no_draft()
    {
        var result = ReportIngestor.Ingest(new ReportInput("PK\u0003\u0004\u0000\u0000\u0001\u0002\u0003 the attack", "Test"), [], new FakeTimeProvider());

        Assert.Equal("binary-content", result.Error?.Code);
    }
}
