using System.Text;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>No input makes ingest throw: generated adversarial texts (long runs of digits, spaces, quotes,
/// nested brackets, sentences of ten thousand words, number words without end) and a report of a megabyte
/// are drafted or refused with an error, never an exception. Wall time is measured by the benchmark, not
/// asserted here.</summary>
public sealed class IngestRobustnessTests
{
    public static TheoryData<string> Adversarial()
    {
        var random = new Random(18);
        var data = new TheoryData<string>
        {
            new string('9', 50_000),
            string.Join(' ', Enumerable.Repeat("1 200", 20_000)),
            string.Join(",", Enumerable.Repeat("123", 20_000)) + " people were killed.",
            new string(' ', 20_000) + "killed" + new string('\u00A0', 20_000),
            new string('"', 30_000),
            string.Concat(Enumerable.Repeat("« ", 10_000)) + "urgence attentat",
            new string('(', 20_000) + "ISIS" + new string(')', 20_000),
            new string('[', 10_000) + new string('{', 10_000),
            "The attack killed " + string.Join(' ', Enumerable.Repeat("seventy-three", 10_000)) + " people.",
            "Le bilan s'élève à " + string.Join(' ', Enumerable.Repeat("quatre-vingt-dix", 10_000)) + " morts.",
            string.Join(' ', Enumerable.Repeat("the threat level was raised from severe to critical and", 2_000)) + " JTAC said.",
            string.Join(' ', Enumerable.Range(0, 10_000).Select(i => Words[random.Next(Words.Length)])),
            string.Join(' ', Enumerable.Repeat("killing two and wounding five before", 3_000)),
            string.Concat(Enumerable.Repeat("Vigipirate. ", 10_000)),
            "dozens hundreds thousands " + string.Join(' ', Enumerable.Repeat("a dozen", 10_000)),
            string.Concat(Enumerable.Repeat("2024-03-22 ", 5_000)),
        };
        return data;
    }

    private static readonly string[] Words =
    [
        "killed", "wounded", "at", "least", "137", "1,200", "people", "the", "death", "toll", "rose", "to", "Vigipirate",
        "raised", "from", "severe", "critical", "niveau", "«", "»", "\"", "(", ")", "ISIS", "claimed", "said", "on",
        "Friday", "March", "22", "morts", "blessés", "dont", "including", "before", "being", "shot", "dead", "foiled",
        "plot", "—", "…", "'", "’", "level", "4", "out", "of", "5", "Dutch", "threat", "NCTV", "lowered", "seventy-three",
    ];

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_text_is_drafted_or_refused_never_thrown(string text)
    {
        var result = ReportIngestor.Ingest(new ReportInput(text, "Adversarial", Drafts.Saturday, "en"), [], new FakeTimeProvider(Drafts.Saturday));
        Assert.True(result.IsSuccess || result.Error is not null);
    }

    // Regular expressions read \d as any Unicode digit, which int.Parse refuses: a Myanmar or Mongolian digit beside a
    // month name threw FormatException out of the date reading (found by afl-fuzz; fuzz/corpus/ingest/crash-*-digit-*).
    [Theory]
    [InlineData("MAGNANVILLE, 1\u1094 juin — Deux fonctionnaires ont été tués à leur domicile.", "fr")]
    [InlineData("On June \u1814, gunmen killed three people at a market; the group claimed the attack.", "en")]
    [InlineData("Le \u1814\u1815 mars 2024, l'attaque a fait 137 morts.", "fr")]
    [InlineData("The plot was foiled on 2024-0\u1815-1\u1094 and in March \u1812\u1810\u1812\u1814.", "en")]
    public void Digits_of_other_scripts_beside_a_month_are_not_read_as_a_day(string text, string language)
    {
        var result = ReportIngestor.Ingest(new ReportInput(text, "Adversarial", Drafts.Saturday, language), [], new FakeTimeProvider(Drafts.Saturday));

        Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Error.Message);
    }

    [Fact]
    public void A_report_of_a_megabyte_is_drafted()
    {
        var paragraph = "Gunmen killed at least 137 people and wounded more than 180 at a concert hall near Moscow on Friday. "
            + "The Islamic State claimed responsibility. France raised the Vigipirate plan to its highest level, urgence attentat. ";
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append(paragraph);
        }

        var draft = Drafts.Of(text.ToString(), language: "en");
        Assert.Contains("vigipirate|FR||urgence-attentat|2024-03-23", draft.Labels(DraftField.LevelChange));
        Assert.StartsWith("completed, 137 killed, 180 injured", draft.Items.First(i => i.Field == DraftField.Incident).Label, StringComparison.Ordinal);
    }
}
