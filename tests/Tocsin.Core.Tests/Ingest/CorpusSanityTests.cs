using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Core.Plan;
using Tocsin.Testing;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Both splits of the ingest corpus hold what the evaluator reads, in the shape it reads it, and
/// together cover what the corpus was written to cover (reports, incidents, countries, languages,
/// competing attributions, level changes in every shipped scheme, reports with no terrorism).</summary>
public sealed partial class CorpusSanityTests(ITestOutputHelper output)
{
    /// <summary>The corpus's short scheme names and the shipped schemes they stand for.</summary>
    private static readonly Dictionary<string, string> Schemes = new(StringComparer.Ordinal)
    {
        ["vigipirate"] = "vigipirate",
        ["uk"] = "uk-threat-level",
        ["ntas"] = "us-ntas",
        ["nctv"] = "nl-threat-level",
        ["ocam"] = "be-threat-level",
        ["nttas"] = "au-threat-level",
    };

    private static readonly string[] Languages = ["en", "en-mt", "fr"];

    private static readonly string[] Outcomes = ["completed", "attempted", "foiled"];

    private static IEnumerable<CorpusCase> All => TestCorpus.Dev.Concat(TestCorpus.Test);

    public static TheoryData<string> Sets => [.. IngestCorpus.Sets];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_report_has_its_gold_and_every_gold_its_report(string set)
    {
        var names = Directory.GetFiles(Path.Combine(TestCorpus.Root, set))
            .Select(Path.GetFileName)
            .Where(n => n!.EndsWith(".txt", StringComparison.Ordinal) || n.EndsWith(".json", StringComparison.Ordinal))
            .ToList();
        var texts = names.Where(n => n!.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var golds = names.Where(n => n!.EndsWith(".json", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(texts, golds);
        Assert.Equal(golds.Count(), TestCorpus.Set(set).Count);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_gold_names_only_known_fields_languages_and_countries(string set)
    {
        Assert.All(TestCorpus.Set(set), c =>
        {
            using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestCorpus.Root, set, c.Id + ".json")));
            Assert.All(gold.RootElement.GetProperty("gold").EnumerateObject(), f => Assert.Contains(f.Name, IngestEvaluator.Fields));
            Assert.Contains(c.Language, Languages);
            Assert.True(c.GoldOf("outcome").Count == 0 || c.Incidents.Count > 0, $"{c.Id}: an incident without a key");
            Assert.All(c.Countries, code => Assert.True(IsCountry(code), $"{c.Id}: {code} is not an ISO 3166-1 code"));
            Assert.All(c.GoldOf("outcome"), o => Assert.Contains(o, Outcomes));
            Assert.All(c.GoldOf("killed").Concat(c.GoldOf("injured")), n => Assert.True(int.Parse(n, CultureInfo.InvariantCulture) >= 0, n));
            Assert.All(c.GoldOf("attributions"), a => Assert.Matches(Attribution(), a));
            Assert.All(c.GoldOf("dates"), d => Assert.Matches(Date(), d));
            Assert.All(c.GoldOf("incidents"), i => Assert.Matches(Incident(), i));
            Assert.True(!c.Fictional || c.Notes?.StartsWith("FICTIONAL", StringComparison.Ordinal) == true, $"{c.Id}: a fictional report says so in its notes");
        });
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Level_changes_name_a_shipped_scheme_its_levels_a_territory_and_a_date(string set)
    {
        Assert.All(TestCorpus.Set(set).SelectMany(c => c.GoldOf("level_changes").Select(l => (c.Id, Parts: l.Split('|')))), change =>
        {
            var (id, p) = change;
            var what = $"{id}: {string.Join('|', p)}";
            Assert.True(p.Length == 5, what);
            Assert.True(Schemes.ContainsKey(p[0]), $"{what}: unknown scheme");
            Assert.True(p[2].Length == 0 || IsLevel(p[0], p[2]), $"{what}: unknown previous level");
            Assert.True(IsLevel(p[0], p[3]), $"{what}: unknown level");
            Assert.True(Territory().IsMatch(p[1]) && IsCountry(p[1][..2]), $"{what}: territory is not an ISO 3166 code");
            Assert.Matches(Date(), p[4]);
        });
    }

    [Fact]
    public void Both_splits_together_cover_what_the_corpus_was_written_for()
    {
        var all = All.ToList();
        var attacks = all.Where(c => c.GoldOf("outcome").Count > 0).ToList();
        var incidents = attacks.SelectMany(c => c.Incidents).Distinct(StringComparer.Ordinal).Count();
        var countries = attacks.SelectMany(c => c.Countries).Distinct(StringComparer.Ordinal).Count();
        var translated = all.Count(c => c.Language is "en-mt" or "fr");
        var competing = all.Count(Competing);
        var levelChanges = all.Where(c => c.GoldOf("level_changes").Count > 0).ToList();
        var schemes = levelChanges.SelectMany(c => c.GoldOf("level_changes")).Select(l => l.Split('|')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var noTerrorism = all.Count(c => IngestEvaluator.Fields.All(f => c.GoldOf(f).Count == 0));
        output.WriteLine($"reports {all.Count} (dev {TestCorpus.Dev.Count}, test {TestCorpus.Test.Count}); distinct incidents {incidents}; countries {countries}; " +
            $"machine-translated, non-native or French {translated}; competing attributions {competing}; level changes {levelChanges.Count} " +
            $"({string.Join(", ", schemes)}); no terrorism {noTerrorism}");

        Assert.True(all.Count >= 150, $"{all.Count} reports, at least 150 wanted");
        Assert.True(incidents >= 40, $"{incidents} distinct incidents, at least 40 wanted");
        Assert.True(countries >= 15, $"{countries} countries, at least 15 wanted");
        Assert.True(translated * 3 >= all.Count, $"{translated} of {all.Count} machine-translated, non-native or French, a third wanted");
        Assert.True(competing * 5 >= all.Count, $"{competing} of {all.Count} with competing attributions, a fifth wanted");
        Assert.True(levelChanges.Count * 6 >= all.Count, $"{levelChanges.Count} of {all.Count} with level changes, a sixth wanted");
        Assert.Equal(Schemes.Keys.Order(StringComparer.Ordinal), schemes);
        Assert.True(noTerrorism >= 1, "no report without terrorism");
    }

    /// <summary>At least two parties speak (claimants, asserting states) and they name at least two authors.</summary>
    private static bool Competing(CorpusCase c)
    {
        var attributions = c.GoldOf("attributions").Select(a => a.Split('|')).ToList();
        var speakers = c.GoldOf("claims").Concat(attributions.Select(a => a[0])).Distinct(StringComparer.Ordinal).Count();
        var named = c.GoldOf("claims").Concat(attributions.Select(a => a[2])).Distinct(StringComparer.Ordinal).Count();
        return speakers >= 2 && named >= 2;
    }

    private static bool IsLevel(string scheme, string level)
    {
        var levels = PlanCatalogue.Default.FindScheme(Schemes[scheme])!.Levels;
        // NCTV and OCAM levels are written as their numbers, as the reports give them.
        return scheme is "nctv" or "ocam"
            ? levels.Any(l => l.Rank.ToString(CultureInfo.InvariantCulture) == level)
            : levels.Any(l => l.Key == level);
    }

    private static bool IsCountry(string code)
    {
        if (!Regex.IsMatch(code, "^[A-Z]{2}$"))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^|]+\|(assessment|accusation)\|[^|]+$")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}-\d{2}-\d{2})?$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex Territory();

    [GeneratedRegex(@"^[0-9.\-]*\|[^|]*\|\d*\|\d*\|(completed|attempted|foiled)$")]
    private static partial Regex Incident();
}
