using Tocsin.Testing;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Publication;
using Tocsin.Core.Tests.Cap;
using Tocsin.Core.Tests.Plan;

namespace Tocsin.Core.Tests.Publication;

public sealed class DecisionPublisherTests
{
    private static readonly DecisionPublisher Publisher = new(PlanCatalogue.Default, new PublisherSettings("alerts@sgdsn.example.fr", "https://alerte.example.fr"));

    [Fact]
    public void An_approved_decision_gives_an_alert_that_validates_against_the_xsd()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:12.345Z", "FRA", "FRA-D973");

        var message = Publisher.ForApproval(decision, []).Value;

        Assert.Empty(CapSchema.Validate(message.Xml));
    }

    [Fact]
    public void Sent_is_the_approval_in_whole_seconds_and_effective_the_in_force_start()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T17:00:00Z", "2024-03-24T17:30:12.345Z");

        var alert = Publisher.ForApproval(decision, []).Value.Alert;

        Assert.Equal(("2024-03-24T17:30:12-00:00", "2024-03-24T17:30:12-00:00"), (CapTime.Format(alert.Sent), CapTime.Format(alert.Infos[0].Effective!.Value)));
    }

    [Fact]
    public void Vigipirate_messages_have_a_french_then_an_english_security_info_with_public_measures()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");

        var infos = Publisher.ForApproval(decision, []).Value.Alert.Infos;

        Assert.Equal([("fr-FR", CapCategory.Security, true), ("en-GB", CapCategory.Security, true)],
            infos.Select(i => (i.Language, i.Categories.Single(), i.Instruction!.Length > 0)));
    }

    [Fact]
    public void A_decision_superseding_published_ones_is_an_update_referencing_them()
    {
        var reference = new CapReference("alerts@sgdsn.example.fr", "tocsin-x-1", new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.Zero));
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");

        var alert = Publisher.ForApproval(decision, [reference]).Value.Alert;

        Assert.Equal((CapMsgType.Update, "alerts@sgdsn.example.fr,tocsin-x-1,2024-01-15T10:00:00-00:00"), (alert.MsgType, alert.References.Single().ToWire()));
    }

    [Fact]
    public void A_cancellation_is_a_cancel_referencing_the_message_it_cancels()
    {
        var plan = new PlanScenario();
        var decision = plan.Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");
        var alert = Publisher.ForApproval(decision, []).Value.Alert;
        var cancelled = plan.Cancel(decision, "2024-04-01T08:00:00Z");

        var cancel = Publisher.ForCancellation(cancelled, new CapReference(alert.Sender, alert.Identifier, alert.Sent)).Value;

        Assert.Equal((CapMsgType.Cancel, alert.Identifier, true), (cancel.Alert.MsgType, cancel.Alert.References.Single().Identifier, CapSchema.Validate(cancel.Xml).Count == 0));
    }

    [Fact]
    public void An_exercise_is_status_exercise_with_a_note_and_a_marked_headline()
    {
        var plan = new PlanScenario();
        var decision = plan.Decide(plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z") with { IsExercise = true }, "2024-03-24T17:30:00Z");

        var alert = Publisher.ForApproval(decision, []).Value.Alert;

        Assert.Equal((CapStatus.Exercise, true, true), (alert.Status, alert.Note is not null, alert.Infos[0].Headline!.StartsWith("[EXERCICE]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_area_has_geocodes_and_polygons_within_cap_limits()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z", "FRA");

        var area = Publisher.ForApproval(decision, []).Value.Alert.Infos[0].Areas.Single();

        Assert.True(area.Geocodes.Contains(new CapValuePair("ISO3166-1", "FRA")) && area.Polygons.Count > 0
            && area.Polygons.All(p => p.Split(' ').Length <= 100), string.Join('\n', area.Polygons));
    }

    [Fact]
    public void The_web_link_points_at_the_served_message()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");

        var alert = Publisher.ForApproval(decision, []).Value.Alert;

        Assert.Equal($"https://alerte.example.fr/feeds/cap/tocsin-{decision.Id:D}-1.xml", alert.Infos[0].Web);
    }
}
