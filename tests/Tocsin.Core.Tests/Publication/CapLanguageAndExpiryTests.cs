using Tocsin.Testing;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Publication;
using Tocsin.Core.Tests.Plan;

namespace Tocsin.Core.Tests.Publication;

// each info in its own language only; an expires per the scheme's policy; Updates re-issued before a lapse.
public sealed class CapLanguageAndExpiryTests
{
    private static readonly DecisionPublisher Publisher = new(PlanCatalogue.Default, new PublisherSettings("alerts@sgdsn.example.fr", "https://alerte.example.fr"));

    [Fact]
    public void The_english_info_carries_the_english_rationale_and_no_french_text()
    {
        var plan = new PlanScenario();
        var proposal = plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z") with
        {
            Rationale = "Attentat revendiqué par l'État islamique.",
            RationaleTranslations = new Dictionary<string, string> { ["en"] = "Attack claimed by the Islamic State." },
        };
        var decision = plan.Decide(proposal, "2024-03-24T17:30:00Z");

        var infos = Publisher.ForApproval(decision, []).Value.Alert.Infos;

        Assert.Equal((true, false, true, false),
            (infos[0].Description!.Contains("revendiqué", StringComparison.Ordinal), infos[0].Description!.Contains("claimed", StringComparison.Ordinal),
             infos[1].Description!.Contains("claimed", StringComparison.Ordinal), infos[1].Description!.Contains("revendiqué", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_untranslated_rationale_is_left_out_of_the_other_languages_info()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");

        var infos = Publisher.ForApproval(decision, []).Value.Alert.Infos;

        Assert.Equal((true, false), (infos[0].Description!.Contains(decision.Rationale, StringComparison.Ordinal), infos[1].Description!.Contains(decision.Rationale, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_translation_in_a_language_the_scheme_lacks_is_refused()
    {
        var plan = new PlanScenario();
        var proposal = plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z") with { RationaleTranslations = new Dictionary<string, string> { ["de"] = "Bedrohung." } };

        var proposed = plan.Rules.Propose(proposal, PlanScenario.Analyst, []);

        Assert.Equal("rationale-language", proposed.Error?.Code);
    }

    [Fact]
    public void Vigipirate_messages_expire_at_the_review_by_time()
    {
        var plan = new PlanScenario();
        var decision = plan.Decide(plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z") with { ReviewBy = PlanScenario.At("2024-03-28T00:00:00Z") }, "2024-03-24T17:30:00Z");

        var alert = Publisher.ForApproval(decision, []).Value.Alert;

        Assert.All(alert.Infos, info => Assert.Equal("2024-03-28T00:00:00-00:00", CapTime.Format(info.Expires!.Value)));
    }

    [Fact]
    public void Without_a_review_by_time_vigipirate_messages_expire_a_week_after_the_start()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");

        var alert = Publisher.ForApproval(decision, []).Value.Alert;

        Assert.Equal("2024-03-31T18:00:00-00:00", CapTime.Format(alert.Infos[0].Expires!.Value));
    }

    [Fact]
    public void The_decisions_own_expiry_caps_the_message_expiry()
    {
        var plan = new PlanScenario();
        var decision = plan.Decide(plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z") with { ExpiresAt = PlanScenario.At("2024-03-26T00:00:00Z") }, "2024-03-24T17:30:00Z");

        var alert = Publisher.ForApproval(decision, []).Value.Alert;

        Assert.Equal("2024-03-26T00:00:00-00:00", CapTime.Format(alert.Infos[0].Expires!.Value));
    }

    [Fact]
    public void A_reissue_is_an_update_referencing_the_previous_message_with_a_later_expiry_and_the_next_identifier()
    {
        var decision = new PlanScenario().Decide("urgence-attentat", "2024-03-24T18:00:00Z", "2024-03-24T17:30:00Z");
        var first = Publisher.ForApproval(decision, []).Value.Alert;
        var now = Publisher.ReissueAt(decision, first.Infos[0].Expires!.Value);

        var reissued = Publisher.ForReissue(decision, new CapReference(first.Sender, first.Identifier, first.Sent), now).Value;

        Assert.Equal((CapMsgType.Update, first.Identifier, decision.Id + "-2", "2024-04-07T06:00:00-00:00", "2024-03-24T18:00:00-00:00", true),
            (reissued.Alert.MsgType, reissued.Alert.References.Single().Identifier, reissued.Alert.Identifier["tocsin-".Length..],
             CapTime.Format(reissued.Alert.Infos[0].Expires!.Value), CapTime.Format(reissued.Alert.Infos[0].Effective!.Value), CapSchema.Validate(reissued.Xml).Count == 0));
    }

    [Fact]
    public void A_scheme_file_with_an_unknown_expiry_policy_is_refused()
    {
        const string json = """
            { "id": "x", "names": { "en": "X" }, "country": "FRA", "languages": [ "en" ], "baseline": "low", "territorySet": "FRA",
              "capExpires": { "policy": "forever" },
              "levels": [ { "key": "low", "rank": 1, "names": { "en": "Low" }, "colour": "#00FF00", "descriptions": { "en": "Low." },
                "capEvent": { "en": "Low" }, "urgency": "Future", "severity": "Minor", "certainty": "Possible", "expiryRequired": false } ] }
            """;

        var read = AlertSchemeReader.Read(json);

        Assert.Contains(read.Issues, issue => issue.Rule == "cap-expires-policy");
    }
}
