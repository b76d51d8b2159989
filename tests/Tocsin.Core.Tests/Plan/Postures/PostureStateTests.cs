using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Postures;

namespace Tocsin.Core.Tests.Plan.Postures;

public sealed class PostureStateTests
{
    private readonly PostureScenario _postures = new();
    private readonly PlanScenario _levels = new();

    [Fact]
    public void Without_a_posture_the_measures_are_the_level_default()
    {
        _levels.Decide("urgence-attentat", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z");

        var inForce = _postures.State(_levels).MeasuresInForce("FRA-D75", PlanScenario.At("2026-04-01T00:00:00Z"), publicOnly: false).Value;

        Assert.Equal(PostureScenario.Catalogue.ActiveAt("urgence-attentat").Value.Select(m => m.Id), inForce.Measures.Select(m => m.Id));
        Assert.True(inForce.IsLevelDefault);
    }

    [Fact]
    public void The_posture_in_force_gives_the_measures_of_a_territory_below_it()
    {
        var posture = _postures.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");

        var inForce = _postures.State(_levels).MeasuresInForce("FRA-D75", PlanScenario.At("2026-07-01T00:00:00Z"), publicOnly: false).Value;

        Assert.Equal(posture.Id, inForce.Posture!.Id);
        Assert.Equal(new[] { PostureScenario.Public.Id, PostureScenario.Restricted.Id }.Order(), inForce.Measures.Select(m => m.Id).Order());
    }

    [Fact]
    public void The_public_sees_only_public_measures()
    {
        _postures.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");

        var inForce = _postures.State(_levels).MeasuresInForce("FRA", PlanScenario.At("2026-07-01T00:00:00Z"), publicOnly: true).Value;

        Assert.Equal([PostureScenario.Public.Id], inForce.Measures.Select(m => m.Id));
    }

    [Fact]
    public void A_measure_applies_only_on_its_territories_and_dates()
    {
        _postures.Decide(PostureScenario.Proposal() with
        {
            Measures =
            [
                new PostureMeasure(PostureScenario.Public.Id, ["FRA"]),
                new PostureMeasure(PostureScenario.SecondPublic.Id, ["FRA-D75"], PlanScenario.At("2026-07-01T00:00:00Z"), PlanScenario.At("2026-08-01T00:00:00Z")),
            ],
        }, "2026-05-01T00:00:00Z");
        var state = _postures.State(_levels);

        string[] At(string territory, string at) => [.. state.MeasuresInForce(territory, PlanScenario.At(at), true).Value.Measures.Select(m => m.Id)];

        Assert.Equal(2, At("FRA-D75", "2026-07-14T00:00:00Z").Length);
        Assert.Single(At("FRA-D13", "2026-07-14T00:00:00Z"));
        Assert.Single(At("FRA-D75", "2026-08-14T00:00:00Z"));
    }

    [Fact]
    public void A_posture_starts_no_earlier_than_its_approval()
    {
        _postures.Decide(PostureScenario.Proposal(), "2026-06-10T00:00:00Z");

        Assert.Null(_postures.State(_levels).InForce("FRA", PlanScenario.At("2026-06-05T00:00:00Z")).Value);
    }

    [Fact]
    public void A_posture_ends_at_its_end_and_the_default_returns()
    {
        _postures.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");

        Assert.True(_postures.State(_levels).MeasuresInForce("FRA", PlanScenario.At("2026-09-01T00:00:00Z"), false).Value.IsLevelDefault);
    }

    [Fact]
    public void A_local_posture_started_later_wins_on_its_territory_only()
    {
        var national = _postures.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");
        var paris = _postures.Decide(PostureScenario.Proposal("2026-07-01T00:00:00Z", "2026-07-20T00:00:00Z", "FRA-D75"), "2026-06-01T00:00:00Z");
        var state = _postures.State(_levels);

        Assert.Equal((paris.Id, national.Id), (state.InForce("FRA-D75", PlanScenario.At("2026-07-14T00:00:00Z")).Value!.Id,
            state.InForce("FRA-D13", PlanScenario.At("2026-07-14T00:00:00Z")).Value!.Id));
    }

    [Fact]
    public void A_superseder_ends_the_posture_it_supersedes_at_its_start()
    {
        var first = _postures.Decide(PostureScenario.Proposal(ends: null), "2026-05-01T00:00:00Z");
        var second = _postures.Decide(PostureScenario.Proposal("2026-08-01T00:00:00Z", null) with { Supersedes = [first.Id] }, "2026-07-01T00:00:00Z");

        var timeline = _postures.State(_levels).Timeline("FRA", PlanScenario.At("2026-05-01T00:00:00Z"), PlanScenario.At("2026-10-01T00:00:00Z")).Value;

        Assert.Equal([(PlanScenario.At("2026-06-01T00:00:00Z"), (Guid?)first.Id), (PlanScenario.At("2026-08-01T00:00:00Z"), second.Id)],
            timeline.Where(s => s.PostureId is not null).Select(s => (s.Start, s.PostureId)));
    }

    [Fact]
    public void A_cancelled_posture_is_no_longer_in_force()
    {
        var posture = _postures.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");
        _postures.Cancel(posture, "2026-07-01T00:00:00Z");

        Assert.Null(_postures.State(_levels).InForce("FRA", PlanScenario.At("2026-07-02T00:00:00Z")).Value);
    }

    [Fact]
    public void An_exercise_posture_never_changes_the_live_measures()
    {
        _postures.Decide(PostureScenario.Proposal() with { IsExercise = true }, "2026-05-01T00:00:00Z");

        Assert.Null(_postures.State(_levels).InForce("FRA", PlanScenario.At("2026-07-01T00:00:00Z")).Value);
        Assert.NotNull(_postures.State(_levels, DecisionTrack.Exercise).InForce("FRA", PlanScenario.At("2026-07-01T00:00:00Z")).Value);
    }

    [Fact]
    public void An_unknown_territory_is_refused() =>
        Assert.Equal("unknown-territory", _postures.State(_levels).InForce("XYZ", PlanScenario.At("2026-07-01T00:00:00Z")).Error?.Code);
}
