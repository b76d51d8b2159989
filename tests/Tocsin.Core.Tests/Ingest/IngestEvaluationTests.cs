using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Ingest;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Testing;

namespace Tocsin.Core.Tests.Ingest;

public sealed class IngestEvaluationTests(ITestOutputHelper output)
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly Lazy<EvaluationResult> Dev = new(() => IngestEvaluator.Evaluate(TestCorpus.Dev, Clock));

    private static readonly Lazy<EvaluationResult> Test = new(() => IngestEvaluator.Evaluate(TestCorpus.Test, Clock));

    [Fact]
    public void Every_field_is_counted_by_hand_on_a_synthetic_report()
    {
        var result = IngestEvaluator.Score([Synthetic()]);

        Assert.Equal(
            [("actors", 1, 1, 1), ("killed", 2, 0, 0), ("injured", 0, 0, 0), ("outcome", 1, 1, 0), ("claims", 0, 0, 0), ("attributions", 0, 0, 0),
             ("level_changes", 0, 0, 0), ("locations", 0, 0, 0), ("dates", 0, 1, 0), ("quotes", 1, 0, 0), ("incidents", 2, 1, 0)],
            result.Scores.Select(s => (s.Field, s.TruePositives, s.FalsePositives, s.FalseNegatives)));
        Assert.Equal((7, 4, 1), (result.Micro.TruePositives, result.Micro.FalsePositives, result.Micro.FalseNegatives));
        Assert.Equal(2 * (7.0 / 11) * (7.0 / 8) / ((7.0 / 11) + (7.0 / 8)), result.Micro.F1, 12);
    }

    [Fact]
    public void Calibration_is_computed_by_hand_on_a_synthetic_report()
    {
        var c = IngestEvaluator.Score([Synthetic()]).Calibration;

        // Six items: 0.95 right and 0.90 wrong (bin 9), three at 0.85 right (bin 8), 0.25 wrong (bin 2).
        // ECE = (2/6)·|0.5 − 0.925| + (3/6)·|1 − 0.85| + (1/6)·|0 − 0.25| = 1.55 / 6.
        Assert.Equal(6, c.Items);
        Assert.Equal(1.55 / 6, c.ExpectedCalibrationError, 12);
        // Brier = (0.05² + 0.90² + 3 · 0.15² + 0.25²) / 6 = 0.9425 / 6.
        Assert.Equal(0.9425 / 6, c.BrierScore, 12);
        Assert.Equal((2, 1, 0.5), (c.HighConfidenceItems, c.HighConfidenceRight, c.HighConfidenceShareRight));
        Assert.Equal([0, 0, 1, 0, 0, 0, 0, 0, 3, 2], c.Bins.Select(b => b.Items));
    }

    [Fact]
    public void Misses_name_what_was_missed_and_what_was_drafted_wrongly_with_its_confidence()
    {
        var misses = IngestEvaluator.Score([Synthetic()]).Misses;

        Assert.Equal(
            [("actors", "Hamas", false, (int?)90), ("actors", "ISIS-K", true, null), ("outcome", "foiled", false, 25), ("dates", "2020-01-02", false, null),
             ("incidents", "||||foiled", false, 25)],
            misses.Select(m => (m.Field, m.Value, m.Missing, m.Confidence)));
        Assert.All(misses, m => Assert.Equal("synthetic", m.CaseId));
    }

    [Fact]
    public void Confidences_fall_in_ten_fixed_bins_with_one_in_the_last()
    {
        Assert.All(Enumerable.Range(0, 101), percent => Assert.Equal(Math.Min(percent / 10, 9), Calibration.BinOf(percent / 100.0)));
    }

    [Fact]
    public void Calibration_of_nothing_is_zero_and_nothing_drafted_high_is_never_wrong()
    {
        var c = Calibration.Compute([]);

        Assert.Equal((0, 0.0, 0.0, 0, 1.0), (c.Items, c.ExpectedCalibrationError, c.BrierScore, c.HighConfidenceItems, c.HighConfidenceShareRight));
    }

    [Fact]
    public void A_report_ingest_refuses_counts_every_gold_value_as_missed()
    {
        var gold = new Dictionary<string, IReadOnlyList<string>> { ["actors"] = ["Hamas"], ["killed"] = ["3"] };
        var empty = new CorpusCase("empty", new ReportInput("   ", "Wire"), gold);

        var result = IngestEvaluator.Evaluate([empty], Clock);

        Assert.Equal((1, 1, 0), (result["actors"].FalseNegatives, result["killed"].FalseNegatives, result.Calibration.Items));
        Assert.StartsWith("empty: empty-text", Assert.Single(result.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Every_report_of_both_splits_ingests(string set)
    {
        var result = set == "dev" ? Dev.Value : Test.Value;
        if (set == "dev")
        {
            // Only the dev figures are printed: the test split is measured, never looked at while tuning.
            output.WriteLine(EvaluationTable.Write(result, misses: false));
        }

        Assert.Empty(result.Failures);
        Assert.Equal(TestCorpus.Set(set).Count, result.Cases);
    }

    // Floors, not targets: the F1 each field reached on each split when the extractor last changed
    // (docs/ingest.md, "After the fourth extractor work: both together"), rounded down. A change that lowers one fails
    // here; a change that lifts one raises its floor. The targets themselves (0.90 and 0.85) are printed beside the
    // figures in docs/ingest.md; the test split is measured here, never read while tuning.
    [Theory]
    // Both fourth extractor works together (docs/ingest.md). Dev actors fell from 0.90 to 0.86 and dev claims from 0.928 to
    // 0.910 when reports 231-254 and 261-284 joined it (groups no list names, groups that only deny); test actors fell
    // from 0.73 to 0.72 and test claims from 0.689 to 0.677 (one more wrong claim).
    [InlineData("dev", "actors", 0.86)]
    [InlineData("dev", "killed", 0.83)]
    [InlineData("dev", "injured", 0.92)]
    [InlineData("dev", "claims", 0.90)]
    [InlineData("dev", "attributions", 0.75)]
    [InlineData("dev", "level_changes", 0.89)]
    [InlineData("test", "actors", 0.72)]
    [InlineData("test", "killed", 0.86)]
    [InlineData("test", "injured", 0.90)]
    [InlineData("test", "claims", 0.67)]
    [InlineData("test", "attributions", 0.37)]
    [InlineData("test", "level_changes", 0.55)]
    [InlineData("dev", "quotes", 0.78)]
    [InlineData("test", "quotes", 0.20)]
    public void Field_does_not_fall_below_its_measured_F1(string set, string field, double floor)
    {
        var result = set == "dev" ? Dev.Value : Test.Value;
        output.WriteLine(EvaluationTable.Write(result, misses: false));

        Assert.True(result[field].F1 >= floor, $"{set} {field} F1 {result[field].F1:0.000} < {floor}");
    }

    [Fact]
    public void Confidences_mean_what_they_say_on_the_frozen_test_split()
    {
        var c = Test.Value.Calibration;
        output.WriteLine(EvaluationTable.Write(Test.Value, misses: false));

        // The calibration target is met; the share right at 0.9 or more is held at its measured floor (86 %)
        // until it reaches the 90 % wanted.
        Assert.True(c.ExpectedCalibrationError <= 0.10, $"ECE {c.ExpectedCalibrationError:0.000} > 0.10");
        Assert.True(c.HighConfidenceShareRight >= 0.85, $"{c.HighConfidenceShareRight:P1} of {c.HighConfidenceItems} items drafted at 0.9 or more right");
    }

    private static CaseDraft Synthetic()
    {
        var gold = new Dictionary<string, IReadOnlyList<string>>
        {
            ["actors"] = ["Islamic State", "ISIS-K"],
            ["killed"] = ["3", "3"],
            ["outcome"] = ["completed"],
            ["quotes"] = ["Emmanuel Macron"],
            ["incidents"] = ["2020-01-02|Paris|3||completed", "2020-01|Lyon|3||completed"],
        };
        var corpusCase = new CorpusCase("synthetic", new ReportInput("text", "Wire"), gold);
        var actor = Item(DraftField.Actor, "Islamic State", 95);
        var wrongActor = Item(DraftField.Actor, "Hamas", 90);
        var quote = Item(DraftField.Quote, "Macron", 85);
        var paris = Item(DraftField.Incident, "completed, 3 killed", 85);
        var lyon = Item(DraftField.Incident, "completed, 3 killed", 85);
        var foiled = Item(DraftField.Incident, "foiled", 25);
        return new CaseDraft(corpusCase,
        [
            new("actors", "Islamic State", actor), new("actors", "Hamas", wrongActor), new("quotes", "Macron", quote),
            new("outcome", "completed", paris), new("killed", "3", paris), new("incidents", "|Paris|3||completed", paris),
            new("outcome", "completed", lyon), new("killed", "3", lyon), new("incidents", "2020-01-05|Lyon|3||completed", lyon),
            new("outcome", "foiled", foiled), new("incidents", "||||foiled", foiled),
            new("dates", "2020-01-02", null),
        ]);
    }

    private static DraftItem Item(DraftField field, string label, int confidence) =>
        new() { Field = field, Id = $"x--{Guid.NewGuid()}", Label = label, Spans = [new TextSpan(0, 4)], Confidence = confidence };
}
