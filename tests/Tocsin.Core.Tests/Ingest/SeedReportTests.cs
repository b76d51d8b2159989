using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>The wire story Tocsin was modelled on (dev split, 100-seed-wire-en) drafts its assertions right.</summary>
public sealed class SeedReportTests
{
    private static readonly Lazy<DraftBundle> Seed = new(() =>
        Drafts.Of(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ingest", "Corpus", "dev", "100-seed-wire-en.txt")), new DateTimeOffset(2024, 3, 25, 8, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void ISIL_X_is_ISIS_K()
    {
        Assert.Contains("ISIS-K", Seed.Value.Labels(DraftField.Actor));
    }

    [Fact]
    public void The_Islamic_State_claims_and_nobody_else()
    {
        Assert.Equal(["Islamic State"], Seed.Value.Labels(DraftField.Claim));
    }

    [Fact]
    public void The_French_services_assess_that_ISIS_K_did_it()
    {
        var attribution = Assert.Single(Seed.Value.Items, i => i.Label == "France|assessment|ISIS-K");
        Assert.True(attribution.Confidence >= 70, $"at {attribution.Confidence}");
    }

    [Fact]
    public void Russia_accuses_Ukraine()
    {
        Assert.Contains("Russia|accusation|Ukraine", Seed.Value.Labels(DraftField.Attribution));
    }

    [Fact]
    public void No_assertion_is_drafted_that_the_story_does_not_make_at_high_confidence()
    {
        var expected = new[] { "France|assessment|ISIS-K", "Russia|accusation|Ukraine" };
        Assert.All(Seed.Value.Items.Where(i => i.Field == DraftField.Attribution && !expected.Contains(i.Label)), i => Assert.True(i.Confidence < 90, $"{i.Label} at {i.Confidence}"));
    }
}
