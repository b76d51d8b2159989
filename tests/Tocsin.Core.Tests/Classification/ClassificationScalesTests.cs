using System.Text;
using Tocsin.Core.Classification;

namespace Tocsin.Core.Tests.Classification;

public sealed class ClassificationScalesTests
{
    [Fact]
    public void The_default_is_the_french_scale_in_order()
    {
        var scale = ClassificationScales.Load(null).Value;

        Assert.Equal(["NON PROTÉGÉ", "DIFFUSION RESTREINTE", "SECRET", "TRÈS SECRET"], scale.Levels);
        Assert.Equal("FRA", scale.Country);
        Assert.Equal(CaveatRule.NationalOnly, scale.FindCaveat("spécial france")?.Rule);
        Assert.Equal(CaveatRule.OriginatorControlled, scale.FindCaveat("ORCON")?.Rule);
    }

    [Fact]
    public void The_uk_scale_has_official_sensitive_as_a_step()
    {
        var scale = ClassificationScales.Load("uk").Value;

        Assert.Equal(["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"], scale.Levels);
        Assert.Equal(1, scale.RankOf("official-sensitive"));
        Assert.Equal(CaveatRule.NationalOnly, scale.FindCaveat("UK EYES ONLY")?.Rule);
        Assert.Equal("GBR", scale.Country);
    }

    [Fact]
    public void A_level_not_on_the_scale_ranks_above_every_level()
    {
        var scale = ClassificationScales.French;

        Assert.Null(scale.RankOf("COSMIC TOP SECRET"));
        Assert.True(scale.RankOrAbove("COSMIC TOP SECRET") > scale.RankOrAbove("TRÈS SECRET"));
        Assert.True(scale.RankOrAbove(null) > scale.RankOrAbove("TRÈS SECRET"));
    }

    [Fact]
    public void A_scale_file_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scale-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"name":"nato","levels":["NATO UNCLASSIFIED","NATO RESTRICTED","NATO CONFIDENTIAL"],"caveats":[{"name":"ORCON","rule":"originator-controlled"}]}""");
        try
        {
            var scale = ClassificationScales.Load(path);

            Assert.True(scale.IsSuccess);
            Assert.Equal("NATO UNCLASSIFIED", scale.Value.Lowest);
            Assert.Null(scale.Value.Country);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"levels":[]}""")]
    [InlineData("""{"levels":["A","a"]}""")]
    [InlineData("""{"name":"x"}""")]
    [InlineData("""{"levels":["A"],"caveats":[{"name":"X","rule":"sometimes"}]}""")]
    [InlineData("""{"levels":["A"],"caveats":"ORCON"}""")]
    [InlineData("not json")]
    public void A_bad_scale_file_is_refused_with_a_clear_error(string json)
    {
        var parsed = ClassificationScales.Parse(Encoding.UTF8.GetBytes(json), "bad.json");

        Assert.False(parsed.IsSuccess);
        Assert.Equal("classification-scale-invalid", parsed.Error?.Code);
        Assert.Contains("bad.json", parsed.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var loaded = ClassificationScales.Load("/nonexistent/scale.json");

        Assert.Equal("classification-scale-invalid", loaded.Error?.Code);
    }
}
