using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Tests.Plan.Recipients;

public sealed class MeasureAddressingTests
{
    private static readonly TerritorySet France = PlanCatalogue.Default.FindTerritorySet("FRA")!;
    private static readonly Measure Template = PlanCatalogue.Default.MeasuresOf("vigipirate").Measures[0];
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static Measure MeasureFor(string[] sectors, string[] groups, string id = "T-01") =>
        Template with { Id = id, Sectors = sectors, RecipientGroups = groups, IsPublic = false };

    private static RecipientProfile Recipient(string[] sectors, string[] groups, params string[] territories) => new(sectors, groups, territories);

    [Fact]
    public void A_measure_for_every_sector_and_group_reaches_any_recipient()
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor([], []), ["FRA"], Recipient([], []), France);

        Assert.True(addressed);
    }

    [Fact]
    public void A_transport_measure_reaches_a_transport_recipient()
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor(["transport"], []), ["FRA"], Recipient(["energy", "transport"], ["operators"]), France);

        Assert.True(addressed);
    }

    [Fact]
    public void A_transport_measure_does_not_reach_an_energy_recipient()
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor(["transport"], []), ["FRA"], Recipient(["energy"], ["operators"]), France);

        Assert.False(addressed);
    }

    [Fact]
    public void A_transport_measure_does_not_reach_a_recipient_without_sectors()
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor(["transport"], []), ["FRA"], Recipient([], ["operators"]), France);

        Assert.False(addressed);
    }

    [Fact]
    public void A_measure_for_operators_does_not_reach_prefects_of_the_same_sector()
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor(["transport"], ["operators"]), ["FRA"], Recipient(["transport"], ["prefects"]), France);

        Assert.False(addressed);
    }

    [Fact]
    public void Both_sector_and_group_must_match()
    {
        var measure = MeasureFor(["transport"], ["operators"]);

        Assert.Equal(
            [true, false, false],
            new[]
            {
                MeasureAddressing.IsAddressed(measure, ["FRA"], Recipient(["transport"], ["operators"]), France),
                MeasureAddressing.IsAddressed(measure, ["FRA"], Recipient(["health"], ["operators"]), France),
                MeasureAddressing.IsAddressed(measure, ["FRA"], Recipient(["transport"], []), France),
            });
    }

    [Theory]
    [InlineData("FRA-D75", "FRA", true)]        // the recipient covers Paris within the nation
    [InlineData("FRA", "FRA-D75", true)]        // a national recipient sees a measure for Paris
    [InlineData("FRA-R11", "FRA-D75", true)]    // Île-de-France contains Paris
    [InlineData("FRA-D13", "FRA-D75", false)]   // Bouches-du-Rhône is not Paris
    [InlineData("FRA-R93", "FRA-D75", false)]   // Provence-Alpes-Côte d'Azur does not contain Paris
    public void Territories_overlap_through_ancestors_and_descendants(string recipientTerritory, string measureTerritory, bool expected)
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor([], []), [measureTerritory], Recipient([], [], recipientTerritory), France);

        Assert.Equal(expected, addressed);
    }

    [Fact]
    public void A_recipient_with_no_territories_covers_every_territory()
    {
        var addressed = MeasureAddressing.IsAddressed(MeasureFor([], []), ["FRA-D973"], Recipient([], []), France);

        Assert.True(addressed);
    }

    [Fact]
    public void The_measures_of_a_posture_addressed_to_a_recipient_keep_their_territories_and_dates()
    {
        var transport = MeasureFor(["transport"], ["operators"], "T-01");
        var health = MeasureFor(["health"], [], "H-01");
        var everyone = MeasureFor([], [], "A-01");
        var catalogue = new MeasureCatalogue(PlanCatalogue.Default.FindScheme("vigipirate")!, [transport, health, everyone]);
        var until = Start.AddDays(10);
        var posture = PostureWith(
            new PostureMeasure("T-01", ["FRA-D75"], Start.AddDays(1), until),
            new PostureMeasure("H-01", ["FRA"]),
            new PostureMeasure("A-01", ["FRA-D13"]),
            new PostureMeasure("GONE-01", ["FRA"]));

        var addressed = MeasureAddressing.For(posture, catalogue, Recipient(["transport"], ["operators"], "FRA-R11"), France);

        Assert.Equal(
            [("T-01", "FRA-D75", Start.AddDays(1), (DateTimeOffset?)until)],
            addressed.Select(a => (a.Measure.Id, string.Join(' ', a.TerritoryIds), a.From, a.Until)));
    }

    [Fact]
    public void A_measure_without_dates_takes_the_posture_period()
    {
        var everyone = MeasureFor([], [], "A-01");
        var catalogue = new MeasureCatalogue(PlanCatalogue.Default.FindScheme("vigipirate")!, [everyone]);
        var posture = PostureWith(new PostureMeasure("A-01", ["FRA"])) with { EndsAt = Start.AddDays(30) };

        var addressed = Assert.Single(MeasureAddressing.For(posture, catalogue, Recipient([], []), France));

        Assert.Equal((Start, (DateTimeOffset?)Start.AddDays(30)), (addressed.From, addressed.Until));
    }

    [Fact]
    public void A_recipient_no_measure_is_addressed_to_gets_an_empty_list()
    {
        var catalogue = new MeasureCatalogue(PlanCatalogue.Default.FindScheme("vigipirate")!, [MeasureFor(["transport"], [], "T-01")]);
        var posture = PostureWith(new PostureMeasure("T-01", ["FRA"]));

        var addressed = MeasureAddressing.For(posture, catalogue, Recipient(["water"], []), France);

        Assert.Empty(addressed);
    }

    [Fact]
    public void Unknown_sector_or_group_ids_are_refused_by_name()
    {
        var sector = RecipientTermCheck.Check(["transport", "railways"], []);
        var group = RecipientTermCheck.Check(["transport"], ["operators", "mayors"]);

        Assert.Equal(
            [("sector-unknown", true), ("recipient-group-unknown", true)],
            new[] { (sector.Error!.Code, sector.Error.Message.Contains("'railways'", StringComparison.Ordinal)), (group.Error!.Code, group.Error.Message.Contains("'mayors'", StringComparison.Ordinal)) });
    }

    [Fact]
    public void Known_ids_are_trimmed_and_deduplicated()
    {
        var checkedTerms = RecipientTermCheck.Check([" transport", "transport", "energy"], ["operators "]);

        Assert.Equal(("transport energy", "operators"), (string.Join(' ', checkedTerms.Value.Sectors), string.Join(' ', checkedTerms.Value.Groups)));
    }

    private static Posture PostureWith(params PostureMeasure[] measures) => new()
    {
        Id = Guid.CreateVersion7(),
        SchemeId = "vigipirate",
        Titles = new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = "Posture d'été" },
        LevelKey = "urgence-attentat",
        TerritoryIds = ["FRA"],
        StartsAt = Start,
        Measures = measures,
        Authority = "SGDSN",
        Rationale = "Test",
        Supersedes = [],
        IsExercise = false,
        Status = DecisionStatus.Approved,
        ProposedBy = Guid.NewGuid(),
        ProposedAt = Start.AddDays(-1),
        Events = [],
    };
}
