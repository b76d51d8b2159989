using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using static Tocsin.Core.Tests.Sharing.SharingFixtures;

namespace Tocsin.Core.Tests.Sharing;

public sealed class SharingReferenceRuleTests
{
    private static readonly PartnerProfile _greenPartner = Partner("fr-green", "FRA", TlpLevel.Green);

    [Fact]
    public void A_relationship_to_a_withheld_object_is_withheld_and_a_report_citing_it_too()
    {
        var red = Indicator(Ours, [TlpMarkings.RedId]);
        var green = Indicator(Ours, [TlpMarkings.GreenId]);
        var relationship = Relationship(green.Id, red.Id, [TlpMarkings.GreenId]);
        var report = Sdo("report", Ours, [TlpMarkings.GreenId], o =>
        {
            o["name"] = "Weekly picture";
            o["published"] = "2024-03-22T10:00:00.000Z";
            o["object_refs"] = new System.Text.Json.Nodes.JsonArray(relationship.Id, green.Id);
        });

        var decisions = SharingPolicy.DecideAll([red, green, relationship, report], _greenPartner, Context());

        Assert.Equal(["above-ceiling", "allowed", "references-withheld", "references-withheld"], decisions.Select(d => d.Code));
    }

    [Fact]
    public void A_reference_to_an_id_the_collection_does_not_hold_withholds_nothing()
    {
        var green = Indicator(Ours, [TlpMarkings.GreenId]);
        var relationship = Relationship(green.Id, $"threat-actor--{Guid.NewGuid():D}", [TlpMarkings.GreenId]);

        var decisions = SharingPolicy.DecideAll([green, relationship], _greenPartner, Context());

        Assert.All(decisions, d => Assert.True(d.IsAllowed));
    }

    [Fact]
    public void An_id_with_one_allowed_version_is_not_withheld()
    {
        var green = Indicator(Ours, [TlpMarkings.GreenId]);
        var laterRed = StixObject.FromTrusted(System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(green.Json.Span)
            .Replace("\"modified\":\"2024-03-22T10:00:00.000Z\"", "\"modified\":\"2024-03-23T10:00:00.000Z\"", StringComparison.Ordinal)
            .Replace(TlpMarkings.GreenId, TlpMarkings.RedId, StringComparison.Ordinal)));
        var relationship = Relationship(green.Id, green.Id, [TlpMarkings.GreenId]);

        var decisions = SharingPolicy.DecideAll([green, laterRed, relationship], _greenPartner, Context());

        Assert.Equal(["allowed", "above-ceiling", "allowed"], decisions.Select(d => d.Code));
    }

    [Fact]
    public void The_single_object_form_applies_the_rule_through_the_callback()
    {
        var relationship = Relationship($"indicator--{Guid.NewGuid():D}", $"threat-actor--{Guid.NewGuid():D}", [TlpMarkings.GreenId]);

        var decision = SharingPolicy.Decide(relationship, _greenPartner, Context(), id => id.StartsWith("threat-actor--", StringComparison.Ordinal));

        Assert.Equal(WithheldReason.ReferencesWithheld, decision.Reason);
    }
}
