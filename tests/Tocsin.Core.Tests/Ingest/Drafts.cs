using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Drafts a text published at a known time (Saturday 23 March 2024, 06:00 UTC unless given).</summary>
internal static class Drafts
{
    public static readonly DateTimeOffset Saturday = new(2024, 3, 23, 6, 0, 0, TimeSpan.Zero);

    public static DraftBundle Of(string text, DateTimeOffset? published = null, IReadOnlyList<KnownActor>? known = null, string? language = null)
    {
        var result = ReportIngestor.Ingest(new ReportInput(text, "Test wire", published ?? Saturday, language ?? (LanguageDetector.Detect(text) == "fr" ? "fr" : "en")), known ?? [], new FakeTimeProvider(Saturday));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public static List<string> Labels(this DraftBundle draft, DraftField field) =>
        draft.Items.Where(i => i.Field == field).Select(i => i.Label).ToList();
}
