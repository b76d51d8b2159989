using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

public sealed class TlpMarkingsTests
{
    public static TheoryData<string, string> PublishedObjects => new()
    {
        { "oasis-common-objects/tlp-2.0/marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487.json", TlpMarkings.ClearJson },
        { "oasis-common-objects/tlp-2.0/marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb.json", TlpMarkings.GreenJson },
        { "oasis-common-objects/tlp-2.0/marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421.json", TlpMarkings.AmberJson },
        { "oasis-common-objects/tlp-2.0/marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003.json", TlpMarkings.AmberStrictJson },
        { "oasis-common-objects/tlp-2.0/marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1.json", TlpMarkings.RedJson },
        { "oasis-common-objects/tlp-2.0/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d.json", TlpMarkings.Tlp2ExtensionDefinitionJson },
    };

    [Theory]
    [MemberData(nameof(PublishedObjects))]
    public void The_TLP_2_objects_are_the_canonical_form_of_those_OASIS_publishes(string file, string json)
    {
        var published = StixBundleReader.ReadAll(SampleBundles.Read(file))[0].Object!;

        Assert.Equal(Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(published.Root)), json);
    }

    [Theory]
    [InlineData(TlpMarkings.ClearId, TlpLevel.Clear)]
    [InlineData(TlpMarkings.GreenId, TlpLevel.Green)]
    [InlineData(TlpMarkings.AmberId, TlpLevel.Amber)]
    [InlineData(TlpMarkings.AmberStrictId, TlpLevel.AmberStrict)]
    [InlineData(TlpMarkings.RedId, TlpLevel.Red)]
    [InlineData(TlpMarkings.Tlp1WhiteId, TlpLevel.Clear)]
    [InlineData(TlpMarkings.Tlp1GreenId, TlpLevel.Green)]
    [InlineData(TlpMarkings.Tlp1AmberId, TlpLevel.Amber)]
    [InlineData(TlpMarkings.Tlp1RedId, TlpLevel.Red)]
    public void Each_standard_marking_id_maps_to_its_level(string id, TlpLevel level)
    {
        Assert.Equal(level, TlpMarkings.LevelOf(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("marking-definition--62fd3f9b-15f3-4ebc-802c-91fce9536bcf")]
    [InlineData("MARKING-DEFINITION--613F2E26-407D-48C7-9ECA-B8E91DF99DC9")]
    public void Other_ids_have_no_level(string? id)
    {
        Assert.Null(TlpMarkings.LevelOf(id));
    }

    [Fact]
    public void Tocsin_marks_with_the_TLP_2_ids()
    {
        Assert.Equal(
            [TlpMarkings.ClearId, TlpMarkings.GreenId, TlpMarkings.AmberId, TlpMarkings.AmberStrictId, TlpMarkings.RedId],
            Enum.GetValues<TlpLevel>().Select(TlpMarkings.IdOf));
    }

    [Fact]
    public void Every_standard_object_parses_with_its_own_id_and_a_level_in_its_name()
    {
        var objects = TlpMarkings.AllIds.Select(TlpMarkings.ObjectOf).ToList();

        Assert.All(objects, o => Assert.Empty(StixValidator.Validate(o)));
        Assert.Equal(TlpMarkings.AllIds, objects.Select(o => o.Id));
        Assert.All(objects, o => Assert.Equal("marking-definition", o.Type));
    }

    [Fact]
    public void The_TLP_1_objects_are_those_of_STIX_2_1_section_7_2_1_4()
    {
        var white = TlpMarkings.ObjectOf(TlpMarkings.Tlp1WhiteId);

        Assert.Equal(
            ("2017-01-20T00:00:00.000Z", "tlp", "TLP:WHITE", "white"),
            (white.Created!.Value.Text, white.Root.GetProperty("definition_type").GetString(), white.Root.GetProperty("name").GetString(),
                white.Root.GetProperty("definition").GetProperty("tlp").GetString()));
    }

    [Fact]
    public void Asking_for_the_object_of_an_unknown_id_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => TlpMarkings.JsonOf("marking-definition--62fd3f9b-15f3-4ebc-802c-91fce9536bcf"));
    }
}
