using Tocsin.Core.Ingest;
using Tocsin.Core.Stix;
using Tocsin.Server.Ingest.Upload;

namespace Tocsin.Fuzz.Harnesses;

/// <summary>The ingest pipeline as an uploaded report goes through it: the file sniffed and read (plain text in
/// any declared charset, HTML or PDF), the text drafted into a STIX bundle, and that bundle read back as STIX,
/// which must succeed: a draft the reader refuses would be lost at the analyst's review.</summary>
public static class IngestHarness
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2024, 3, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Reads <paramref name="input"/> as an uploaded report file and drafts it.</summary>
    public static void Run(byte[] input)
    {
        var file = ReportFile.Read(input, declaredCharset: null);
        if (!file.IsSuccess)
        {
            return;
        }

        var report = new ReportInput(file.Value.Text, "Fuzzing wire service") { Title = file.Value.Title };
        var draft = ReportIngestor.Ingest(report, [], Clock);
        if (!draft.IsSuccess)
        {
            return;
        }

        foreach (var item in StixBundleReader.ReadAll(draft.Value.ToBundleBytes()))
        {
            if (item.Error is { } error)
            {
                throw new FuzzFindingException($"The drafted bundle does not read back as STIX: item {item.Index}: {error.Code}: {error.Message}");
            }
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
