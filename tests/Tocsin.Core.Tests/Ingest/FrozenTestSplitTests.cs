using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>
/// The test split of the ingest corpus is frozen: its reports and gold were written without
/// reading the extractor, so tuning on them would turn a measurement into a fit. The pinned
/// hash fails as soon as any byte, name or file of the folder changes; the counts check that
/// the split still covers what it was written to cover.
/// </summary>
public sealed class FrozenTestSplitTests
{
    // Changing this constant unfreezes the split. Add reports to the dev split instead.
    private const string PinnedSha256 = "01c954163499674f9e2ad78d0631ed02608a2dea54e185bcb9f4c01fe9ea26c4";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Ingest", "Corpus", "test");

    private static readonly Lazy<List<SplitReport>> Reports = new(ReadReports);

    private static readonly Dictionary<string, HashSet<string>> LevelsByScheme = new()
    {
        ["vigipirate"] = ["vigilance", "securite-renforcee-risque-attentat", "urgence-attentat"],
        ["uk"] = ["low", "moderate", "substantial", "severe", "critical"],
        ["ntas"] = ["bulletin", "elevated-alert", "imminent-alert"],
        ["nctv"] = ["1", "2", "3", "4", "5"],
        ["ocam"] = ["1", "2", "3", "4"],
        ["nttas"] = ["not-expected", "possible", "probable", "expected", "certain"],
    };

    [Fact]
    public void The_split_is_byte_for_byte_the_one_that_was_frozen()
    {
        Assert.Equal(PinnedSha256, SplitHash());
    }

    [Fact]
    public void Every_report_has_its_gold_and_a_wire_length()
    {
        var names = SplitFiles().Select(Path.GetFileName).ToList();
        var texts = names.Where(n => n!.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension);
        var golds = names.Where(n => n!.EndsWith(".json", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(texts.Order(StringComparer.Ordinal), golds.Order(StringComparer.Ordinal));
        Assert.True(Reports.Value.Count >= 60, $"{Reports.Value.Count} reports");
        Assert.All(Reports.Value, r => Assert.InRange(r.WordCount, 80, 400));
    }

    [Fact]
    public void Incidents_span_enough_events_and_countries()
    {
        var attacks = Reports.Value.Where(r => r.Values("outcome").Count > 0).ToList();
        Assert.True(attacks.SelectMany(r => r.Strings("incidents")).Distinct().Count() >= 25, "distinct incidents");
        Assert.True(attacks.SelectMany(r => r.Strings("countries")).Distinct().Count() >= 12, "countries");
        Assert.All(["completed", "attempted", "foiled"], outcome =>
            Assert.Contains(Reports.Value, r => r.Values("outcome").Contains(outcome)));
    }

    [Fact]
    public void A_third_is_machine_translated_non_native_or_french()
    {
        var count = Reports.Value.Count(r => r.Meta.GetProperty("language").GetString() is "en-mt" or "fr");
        Assert.True(count * 3 >= Reports.Value.Count, $"{count} of {Reports.Value.Count}");
    }

    [Fact]
    public void A_fifth_has_competing_attributions()
    {
        // Competing: at least two parties speak (claimants, asserting states) and they name at least two authors.
        var count = Reports.Value.Count(r =>
        {
            var attributions = r.Values("attributions").Select(a => a.Split('|')).ToList();
            var speakers = r.Values("claims").Concat(attributions.Select(a => a[0])).Distinct().Count();
            var named = r.Values("claims").Concat(attributions.Select(a => a[2])).Distinct().Count();
            return speakers >= 2 && named >= 2;
        });
        Assert.True(count * 5 >= Reports.Value.Count, $"{count} of {Reports.Value.Count}");
        Assert.All(Reports.Value.SelectMany(r => r.Values("attributions")), a =>
            Assert.Matches("^[^|]+\\|(assessment|accusation)\\|[^|]+$", a));
    }

    [Fact]
    public void A_sixth_changes_a_level_and_every_shipped_scheme_appears()
    {
        var changes = Reports.Value.Where(r => r.Values("level_changes").Count > 0).ToList();
        Assert.True(changes.Count * 6 >= Reports.Value.Count, $"{changes.Count} of {Reports.Value.Count}");
        var parts = changes.SelectMany(r => r.Values("level_changes")).Select(c => c.Split('|')).ToList();
        Assert.Equal(LevelsByScheme.Keys.Order(), parts.Select(p => p[0]).Distinct().Order());
        Assert.All(parts, p =>
        {
            Assert.Equal(5, p.Length);
            Assert.True(p[2].Length == 0 || LevelsByScheme[p[0]].Contains(p[2]), string.Join('|', p));
            Assert.Contains(p[3], LevelsByScheme[p[0]]);
            Assert.Matches("^\\d{4}-\\d{2}(-\\d{2})?$", p[4]);
        });
    }

    [Fact]
    public void Tolls_come_in_every_shape_the_split_was_written_for()
    {
        Assert.All(["toll-words", "revised-toll", "attacker-death", "inflated-claim"], category =>
            Assert.Contains(Reports.Value, r => r.Strings("categories").Contains(category)));
        Assert.True(Reports.Value.Count(r => r.Values("incidents").Count >= 2) >= 3, "reports with several incidents");
    }

    [Fact]
    public void At_least_eight_reports_have_no_terrorism_and_empty_gold()
    {
        var empty = Reports.Value.Where(r => r.Gold.EnumerateObject().All(f => f.Value.GetArrayLength() == 0)).ToList();
        Assert.True(empty.Count >= 8, $"{empty.Count} empty");
        Assert.All(empty, r => Assert.Contains("no-terrorism", r.Strings("categories")));
    }

    [Fact]
    public void Fictional_reports_say_so_in_their_notes()
    {
        var fictional = Reports.Value.Where(r => r.Meta.GetProperty("fictional").GetBoolean()).ToList();
        Assert.NotEmpty(fictional);
        Assert.All(fictional, r => Assert.StartsWith("FICTIONAL", r.Meta.GetProperty("notes").GetString(), StringComparison.Ordinal));
    }

    private static List<string> SplitFiles() =>
        Directory.GetFiles(Folder)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string SplitHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var file in SplitFiles())
        {
            // Name and length frame each file, so moving bytes between files changes the hash too.
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            BinaryPrimitives.WriteInt64BigEndian(length, bytes.LongLength);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<SplitReport> ReadReports() =>
        SplitFiles()
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => new SplitReport(
                JsonDocument.Parse(File.ReadAllBytes(f)).RootElement,
                File.ReadAllText(Path.ChangeExtension(f, ".txt")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length))
            .ToList();

    private sealed record SplitReport(JsonElement Meta, int WordCount)
    {
        public JsonElement Gold => Meta.GetProperty("gold");

        public List<string> Values(string field) =>
            Gold.TryGetProperty(field, out var values)
                ? values.EnumerateArray().Select(v => v.ToString()).ToList()
                : [];

        public List<string> Strings(string property) =>
            Meta.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
