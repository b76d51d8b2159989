using System.Text.Json.Nodes;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using static Tocsin.Core.Tests.Sharing.SharingFixtures;

namespace Tocsin.Core.Tests.Sharing;

// a tearline is written, not copied.
public sealed class TearlineTextRuleTests
{
    [Theory]
    [InlineData("ISIS-K", "ISIS-K", true)]
    [InlineData("ISIS-K", "isis k", true)]
    [InlineData("ISIS-K", "I.S.I.S.-K.", true)]
    [InlineData("ISIS-K", "  ISIS\t-\nK  ", true)]
    [InlineData("HUMINT source CASTOR, inside the cell.", "humint SOURCE castor inside the cell", true)]
    [InlineData("HUMINT source CASTOR, inside the cell.", "«HUMINT» source — CASTOR; inside the cell!", true)]
    [InlineData("Ｉｓｉｓ－Ｋ", "ISIS-K", true)] // full-width forms fold (NFKC)
    [InlineData("Menace élevée", "MENACE ÉLEVÉE", true)]
    [InlineData("ISIS-K", "ISIS-KP", false)]
    [InlineData("ISIS-K", "Afghan branch of the Islamic State", false)]
    [InlineData("Menace élevée", "Menace elevee", false)] // accents are letters, not punctuation
    [InlineData("HUMINT source CASTOR, inside the cell.", "A source inside the cell.", false)]
    [InlineData("...", "!!!", false)] // nothing left to compare never matches
    public void A_released_text_copies_the_original_when_they_normalise_alike(string original, string released, bool copies)
    {
        Assert.Equal(copies, TearlineTextRule.Copies(JsonValue.Create(original), [released]));
    }

    [Fact]
    public void A_released_alias_copying_any_original_alias_is_a_copy()
    {
        Assert.True(TearlineTextRule.Copies(new JsonArray("ISKP", "ISIL-K"), ["Khorasan branch", "isil k"]));
    }

    [Theory]
    [InlineData("name", true)]
    [InlineData("description", true)]
    [InlineData("aliases", true)]
    [InlineData("x_internal_note", true)]
    [InlineData("pattern", false)]
    [InlineData("labels", false)]
    [InlineData("valid_from", false)]
    public void Text_properties_are_the_free_text_ones(string name, bool text)
    {
        Assert.Equal(text, TearlineTextRule.IsTextProperty(name, JsonValue.Create("value")));
    }

    private static StixObject Actor() => Sdo("threat-actor", Ours, [TlpMarkings.RedId], o =>
    {
        o["name"] = "ISIS-K";
        o["description"] = "HUMINT source CASTOR reports a courier.";
        o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "dgsi", ["description"] = "CASTOR report 117" });
    });

    private static Result<TearlineResult> Release(TearlineTexts texts) =>
        Tearline.Create(Actor(), Clock, Ours, TlpLevel.Green, new TearlineOptions { Texts = texts });

    private static Dictionary<string, IReadOnlyList<string>> Texts(params (string Name, string Text)[] texts) =>
        texts.ToDictionary(t => t.Name, t => (IReadOnlyList<string>)[t.Text]);

    [Fact]
    public void Every_text_property_must_be_written_or_omitted()
    {
        var result = Release(new TearlineTexts { Released = Texts(("name", "Afghan branch")) });

        Assert.Equal("tearline-text-missing", result.Error?.Code);
    }

    [Fact]
    public void A_copied_description_is_refused_naming_it()
    {
        var result = Release(new TearlineTexts { Released = Texts(("name", "Afghan branch"), ("description", "humint source castor reports a courier")) });

        Assert.StartsWith("The released description matches", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_text_is_released_and_external_references_are_dropped()
    {
        var result = Release(new TearlineTexts { Released = Texts(("name", "Afghan branch")), Omitted = new HashSet<string> { "description" } });

        Assert.Equal(("Afghan branch", false, false),
            (result.Value.Sanitised.Root.GetProperty("name").GetString(), result.Value.Sanitised.Root.TryGetProperty("description", out _),
             result.Value.Sanitised.Root.TryGetProperty("external_references", out _)));
    }

    [Fact]
    public void A_property_released_as_it_stands_is_copied_and_reported_for_the_second_person()
    {
        var result = Release(new TearlineTexts { Omitted = new HashSet<string> { "description" }, AsTheyStand = new HashSet<string> { "name" } });

        Assert.Equal("ISIS-K as it stands: name", $"{result.Value.Sanitised.Root.GetProperty("name").GetString()} as it stands: {string.Join(", ", result.Value.ReleasedAsTheyStand)}");
    }

    [Fact]
    public void A_non_text_property_cannot_be_written()
    {
        var result = Release(new TearlineTexts { Released = Texts(("name", "A"), ("threat_actor_types", "x")), Omitted = new HashSet<string> { "description" } });

        Assert.Equal("tearline-text-not-text", result.Error?.Code);
    }
}
