using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests;

public sealed class StixIdTests
{
    [Theory]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "indicator", 4)]
    [InlineData("ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "ipv4-addr", 5)]
    [InlineData("x-my-type--0c7b5b88-8ff7-1a4d-aa9d-feb398cd0061", "x-my-type", 1)]
    [InlineData("identity--8E2E2D2B-17D4-4CBF-B38F-98EE46B3CD3F", "identity", 4)]
    public void Well_formed_ids_are_split_into_type_and_UUID(string text, string type, int version)
    {
        Assert.True(StixId.TryParse(text, out var id));

        Assert.Equal((type, version), (id.Type, id.UuidVersion));
    }

    [Theory]
    [InlineData("Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("x--y--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-738f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f")]
    [InlineData("indicator--{8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f}")]
    [InlineData("indicator--not-a-uuid")]
    [InlineData("indicator_x--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_ids_are_rejected(string? text)
    {
        Assert.False(StixId.TryParse(text, out _));
    }

    [Fact]
    public void A_new_random_id_is_a_UUIDv4_that_parses_back()
    {
        var id = StixId.NewRandom("malware");

        Assert.True(StixId.TryParse(id.ToString(), out var parsed) && parsed == id && parsed.UuidVersion == 4);
    }
}
