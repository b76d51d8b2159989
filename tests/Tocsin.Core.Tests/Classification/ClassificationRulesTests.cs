using System.Text.Json.Nodes;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using static Tocsin.Core.Tests.Sharing.SharingFixtures;

namespace Tocsin.Core.Tests.Classification;

/// <summary>The one engine with its two readers: a staff member (clearance, compartments) and a partner (TLP AND
/// national release rules), including granular markings and the reference rule.</summary>
public sealed class ClassificationRulesTests
{
    private static readonly StixObject Dr = ClassificationMarkings.Create(SharingMarkingKind.Classification, "diffusion restreinte", Ours, Clock);
    private static readonly StixObject Secret = ClassificationMarkings.Create(SharingMarkingKind.Classification, "SECRET", Ours, Clock);
    private static readonly StixObject Cosmic = ClassificationMarkings.Create(SharingMarkingKind.Classification, "COSMIC", Ours, Clock);
    private static readonly StixObject Nord = ClassificationMarkings.Create(SharingMarkingKind.Compartment, "OP NORD", Ours, Clock);
    private static readonly StixObject Orcon = ClassificationMarkings.Create(SharingMarkingKind.Caveat, "ORCON", Ours, Clock);
    private static readonly StixObject SpecialFrance = ClassificationMarkings.Create(SharingMarkingKind.Caveat, "SPÉCIAL FRANCE", Ours, Clock);

    private static SharingContext National() => new(
        new SharingSettings { OrganisationIdentityIds = [Ours], DefaultTlp = TlpLevel.Red },
        MarkingCatalogue.Create([Dr, Secret, Cosmic, Nord, Orcon, SpecialFrance]))
    {
        National = NationalRules.Default,
    };

    private static ClearanceRule Staff(string level, params string[] compartments) => new(new Clearance(level, compartments), ClassificationScales.French);

    [Fact]
    public void A_classification_marking_reads_back_as_its_kind_and_term()
    {
        var marking = SharingMarkings.Read(Dr);

        Assert.Equal(SharingMarkingKind.Classification, marking?.Kind);
        Assert.Equal("DIFFUSION RESTREINTE", marking?.Term);
        Assert.Equal("COMPARTMENT OP NORD", Nord.Root.GetProperty("name").GetString());
        Assert.Equal(Ours, Nord.CreatedByRef);
    }

    [Theory]
    [InlineData("NON PROTÉGÉ", "allowed", "above-clearance", "above-clearance")]
    [InlineData("DIFFUSION RESTREINTE", "allowed", "allowed", "above-clearance")]
    [InlineData("TRÈS SECRET", "allowed", "allowed", "allowed")]
    public void Staff_read_up_to_their_clearance_level(string level, string unmarked, string dr, string secret)
    {
        var versions = new[] { Indicator(Ours, []), Indicator(Ours, [Dr.Id]), Indicator(Ours, [Secret.Id, TlpMarkings.ClearId]) };

        var decisions = MarkingPolicy.DecideAll(versions, Staff(level), National());

        Assert.Equal([unmarked, dr, secret], decisions.Select(d => d.Code));
    }

    [Fact]
    public void A_level_not_on_the_scale_is_above_every_clearance()
    {
        var decision = MarkingPolicy.Decide(Indicator(Ours, [Cosmic.Id]), Staff("TRÈS SECRET"), National(), null);

        Assert.Equal("above-clearance", decision.Code);
    }

    [Fact]
    public void A_compartment_is_read_only_by_staff_holding_it_whatever_their_level()
    {
        var compartmented = Indicator(Ours, [Nord.Id]);

        Assert.Equal("compartmented", MarkingPolicy.Decide(compartmented, Staff("TRÈS SECRET"), National(), null).Code);
        Assert.Equal("allowed", MarkingPolicy.Decide(compartmented, Staff("NON PROTÉGÉ", "OP NORD"), National(), null).Code);
        Assert.Equal("compartmented", MarkingPolicy.Decide(Nord, Staff("TRÈS SECRET"), National(), null).Code);
        Assert.Equal("allowed", MarkingPolicy.Decide(Nord, Staff("NON PROTÉGÉ", "OP NORD"), National(), null).Code);
    }

    [Fact]
    public void A_granular_classification_withholds_the_whole_object_from_staff()
    {
        var granular = Indicator(Ours, [], o => o["granular_markings"] = new JsonArray(new JsonObject
        {
            ["marking_ref"] = Secret.Id,
            ["selectors"] = new JsonArray("description"),
        }));

        Assert.Equal("granular-marking", MarkingPolicy.Decide(granular, Staff("DIFFUSION RESTREINTE"), National(), null).Code);
        Assert.Equal("allowed", MarkingPolicy.Decide(granular, Staff("SECRET"), National(), null).Code);
    }

    [Fact]
    public void The_reference_rule_applies_to_staff_to_a_fixed_point()
    {
        var secret = Indicator(Ours, [Secret.Id]);
        var plain = Indicator(Ours, []);
        var relationship = Relationship(plain.Id, secret.Id, []);
        var report = Sdo("report", Ours, [], o =>
        {
            o["name"] = "Weekly picture";
            o["published"] = "2024-03-22T10:00:00.000Z";
            o["object_refs"] = new JsonArray(relationship.Id);
        });

        var decisions = MarkingPolicy.DecideAll([secret, plain, relationship, report], Staff("DIFFUSION RESTREINTE"), National());

        Assert.Equal(["above-clearance", "allowed", "references-withheld", "references-withheld"], decisions.Select(d => d.Code));
    }

    [Fact]
    public void Tlp_and_unknown_markings_do_not_restrict_staff()
    {
        var red = Indicator(Theirs, [TlpMarkings.RedId, $"marking-definition--{Guid.NewGuid():D}"]);

        Assert.True(MarkingPolicy.Decide(red, Staff("NON PROTÉGÉ"), National(), null).IsAllowed);
    }

    [Theory]
    [InlineData(null, "FRA", "above-classification-ceiling")]
    [InlineData("DIFFUSION RESTREINTE", "FRA", "allowed")]
    [InlineData("SECRET", "DEU", "allowed")]
    public void A_partner_receives_a_classification_up_to_its_ceiling(string? ceiling, string country, string expected)
    {
        var partner = Partner("p", country, TlpLevel.Amber) with { ClassificationCeiling = ceiling };

        var decision = SharingPolicy.Decide(Indicator(Ours, [TlpMarkings.GreenId, Dr.Id]), partner, National(), null);

        Assert.Equal(expected, decision.Code);
    }

    [Fact]
    public void Tlp_and_national_rules_must_both_allow()
    {
        var partner = Partner("p", "FRA", TlpLevel.Green) with { ClassificationCeiling = "SECRET" };

        Assert.Equal("above-ceiling", SharingPolicy.Decide(Indicator(Ours, [TlpMarkings.AmberId, Dr.Id]), partner, National(), null).Code);
        Assert.Equal("allowed", SharingPolicy.Decide(Indicator(Ours, [TlpMarkings.GreenId, Dr.Id]), partner, National(), null).Code);
        Assert.Equal("above-classification-ceiling",
            SharingPolicy.Decide(Indicator(Ours, [TlpMarkings.ClearId, Cosmic.Id]), partner, National(), null).Code);
    }

    [Fact]
    public void Compartments_and_their_definitions_never_reach_a_partner()
    {
        var partner = Partner("p", "FRA", TlpLevel.Red) with { ClassificationCeiling = "TRÈS SECRET" };

        Assert.Equal("compartmented", SharingPolicy.Decide(Indicator(Ours, [TlpMarkings.GreenId, Nord.Id]), partner, National(), null).Code);
        Assert.Equal("compartmented", SharingPolicy.Decide(Nord, partner, National(), null).Code);
        Assert.Equal("allowed", SharingPolicy.Decide(Dr, partner, National(), null).Code);
    }

    [Fact]
    public void Caveats_follow_their_rule()
    {
        var french = Partner("fr", "FRA", TlpLevel.Red) with { ClassificationCeiling = "TRÈS SECRET" };
        var german = Partner("de", "DEU", TlpLevel.Red) with { ClassificationCeiling = "TRÈS SECRET" };
        var orcon = Indicator(Ours, [TlpMarkings.GreenId, Orcon.Id]);
        var national = Indicator(Ours, [TlpMarkings.GreenId, SpecialFrance.Id]);

        Assert.Equal("originator-controlled", SharingPolicy.Decide(orcon, french, National(), null).Code);
        Assert.Equal("allowed", SharingPolicy.Decide(national, french, National(), null).Code);
        Assert.Equal("national-only", SharingPolicy.Decide(national, german, National(), null).Code);
        Assert.True(MarkingPolicy.Decide(orcon, Staff("NON PROTÉGÉ"), National(), null).IsAllowed);
    }

    [Fact]
    public void A_granular_national_marking_withholds_the_object_from_a_partner()
    {
        var partner = Partner("p", "DEU", TlpLevel.Red) with { ClassificationCeiling = "TRÈS SECRET" };
        var granular = Indicator(Ours, [TlpMarkings.GreenId], o => o["granular_markings"] = new JsonArray(new JsonObject
        {
            ["marking_ref"] = SpecialFrance.Id,
            ["selectors"] = new JsonArray("description"),
        }));

        Assert.Equal("granular-marking", SharingPolicy.Decide(granular, partner, National(), null).Code);
    }
}
