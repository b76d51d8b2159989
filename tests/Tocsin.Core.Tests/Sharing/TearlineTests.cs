using System.Text.Json.Nodes;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using static Tocsin.Core.Tests.Sharing.SharingFixtures;

namespace Tocsin.Core.Tests.Sharing;

public sealed class TearlineTests
{
    // The analyst writes the released name; the restricted description is removed by its granular marking.
    private static readonly TearlineOptions Written = new()
    {
        Texts = new TearlineTexts { Released = new Dictionary<string, IReadOnlyList<string>> { ["name"] = ["Phone used by a courier"] } },
    };

    private static StixObject SensitiveReport() => Indicator(Ours, [TlpMarkings.AmberId], o =>
    {
        o["description"] = "Phone seized in Strasbourg; source: a human source inside the cell.";
        o["labels"] = new JsonArray("iskp");
        o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "dgsi-report", ["external_id"] = "R-2024-117" });
        o["granular_markings"] = new JsonArray(
            new JsonObject { ["marking_ref"] = TlpMarkings.RedId, ["selectors"] = new JsonArray("description") },
            new JsonObject { ["marking_ref"] = TlpMarkings.AmberId, ["selectors"] = new JsonArray("external_references.[0].external_id") },
            new JsonObject { ["marking_ref"] = TlpMarkings.GreenId, ["selectors"] = new JsonArray("labels") });
    });

    [Fact]
    public void A_tearline_is_a_new_object_of_ours_with_the_release_and_tearline_markings()
    {
        var original = SensitiveReport();

        var tearline = Tearline.Create(original, Clock, Ours, TlpLevel.Green, Written).Value.Sanitised;

        Assert.NotEqual(original.Id, tearline.Id);
        Assert.Equal(Ours, tearline.CreatedByRef);
        Assert.Equal([TlpMarkings.GreenId, SharingMarkings.TearlineId], tearline.ObjectMarkingRefs);
    }

    [Fact]
    public void Fields_under_granular_markings_above_the_release_are_removed_whole()
    {
        var result = Tearline.Create(SensitiveReport(), Clock, Ours, TlpLevel.Green, Written).Value;

        Assert.Equal(["description", "external_references"], result.RemovedProperties);
        Assert.False(result.Sanitised.Root.TryGetProperty("description", out _));
        Assert.True(result.Sanitised.Root.TryGetProperty("labels", out _));
    }

    [Fact]
    public void Granular_markings_at_or_below_the_release_stay_on_kept_fields()
    {
        var sanitised = Tearline.Create(SensitiveReport(), Clock, Ours, TlpLevel.Green, Written).Value.Sanitised;

        var kept = sanitised.Root.GetProperty("granular_markings");

        Assert.Equal(1, kept.GetArrayLength());
        Assert.Equal("labels", kept[0].GetProperty("selectors")[0].GetString());
    }

    [Fact]
    public void The_derived_from_relationship_points_to_the_original_and_is_marked_like_it()
    {
        var original = SensitiveReport();

        var relationship = Tearline.Create(original, Clock, Ours, TlpLevel.Green, Written).Value.DerivedFrom;

        Assert.Equal("derived-from", relationship.Root.GetProperty("relationship_type").GetString());
        Assert.Equal(original.Id, relationship.Root.GetProperty("target_ref").GetString());
        Assert.Equal(original.ObjectMarkingRefs, relationship.ObjectMarkingRefs);
    }

    [Fact]
    public void The_original_bytes_are_unchanged()
    {
        var original = SensitiveReport();
        var before = original.Json.ToArray();

        Tearline.Create(original, Clock, Ours, TlpLevel.Green, Written);

        Assert.Equal(before, original.Json.ToArray());
    }

    [Fact]
    public void Both_new_objects_validate()
    {
        var result = Tearline.Create(SensitiveReport(), Clock, Ours, TlpLevel.Green, Written).Value;

        Assert.False(StixValidator.HasErrors(StixValidator.Validate(result.Sanitised)));
        Assert.False(StixValidator.HasErrors(StixValidator.Validate(result.DerivedFrom)));
    }

    [Fact]
    public void A_green_partner_receives_the_tearline_but_neither_the_original_nor_the_relationship()
    {
        var original = SensitiveReport();
        var result = Tearline.Create(original, Clock, Ours, TlpLevel.Green, Written).Value;

        var decisions = SharingPolicy.DecideAll([original, result.Sanitised, result.DerivedFrom], Partner("fr-green", "FRA", TlpLevel.Green), Context());

        Assert.Equal(["above-ceiling", "allowed", "above-ceiling"], decisions.Select(d => d.Code));
    }

    [Fact]
    public void A_release_at_the_original_level_keeps_every_field_and_the_copy_removes_only_what_is_above()
    {
        var result = Tearline.Create(SensitiveReport(), Clock, Ours, TlpLevel.Amber, Written).Value;

        Assert.Equal(["description"], result.RemovedProperties);
    }

    [Fact]
    public void Analyst_edited_content_replaces_the_original_text()
    {
        var edited = new JsonObject
        {
            ["name"] = "Phone linked to an ISKP network",
            ["pattern"] = "[ipv4-addr:value = '198.51.100.7']",
            ["pattern_type"] = "stix",
            ["valid_from"] = "2024-03-22T00:00:00.000Z",
        };

        var sanitised = Tearline.Create(SensitiveReport(), Clock, Ours, TlpLevel.Green, new TearlineOptions { EditedContent = edited }).Value.Sanitised;

        Assert.Equal("Phone linked to an ISKP network", sanitised.Root.GetProperty("name").GetString());
    }

    [Fact]
    public void Removing_a_required_property_is_refused()
    {
        var original = Indicator(Ours, [TlpMarkings.RedId], o =>
            o["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = TlpMarkings.RedId, ["selectors"] = new JsonArray("pattern") }));

        var result = Tearline.Create(original, Clock, Ours, TlpLevel.Green, Written);

        Assert.Equal("tearline-invalid", result.Error?.Code);
    }

    [Theory]
    [InlineData("marking-definition")]
    [InlineData("revoked")]
    public void Marking_definitions_and_revoked_objects_are_refused(string kind)
    {
        var original = kind == "revoked" ? Indicator(Ours, [TlpMarkings.RedId], o => o["revoked"] = true) : RelToFra;

        var result = Tearline.Create(original, Clock, Ours, TlpLevel.Green, Written);

        Assert.Equal(kind == "revoked" ? "object-revoked" : "tearline-type-refused", result.Error?.Code);
    }
}
