using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests;

public sealed class StixTimestampTests
{
    [Theory]
    [InlineData("2016-01-01T00:00:00Z", 0)]
    [InlineData("2016-01-01T00:00:00.1Z", 1)]
    [InlineData("2016-01-01T00:00:00.123Z", 3)]
    [InlineData("2016-01-01T00:00:00.123456789Z", 9)]
    [InlineData("2016-02-29T23:59:59.999Z", 3)]
    public void Well_formed_timestamps_are_kept_as_written(string text, int fractionDigits)
    {
        var parsed = StixTimestamp.Parse(text);

        Assert.Equal((text, fractionDigits), (parsed.Text, parsed.FractionDigits));
    }

    [Theory]
    [InlineData("2016-01-01T00:00:00z")]
    [InlineData("2016-01-01t00:00:00Z")]
    [InlineData("2016-01-01T00:00:00+00:00")]
    [InlineData("2016-01-01T00:00:00")]
    [InlineData("2016-01-01 00:00:00Z")]
    [InlineData("2016-01-01T00:00Z")]
    [InlineData("2016-01-01T00:00:00.Z")]
    [InlineData("2016-1-01T00:00:00Z")]
    [InlineData("2016-02-30T00:00:00Z")]
    [InlineData("2015-02-29T00:00:00Z")]
    [InlineData("2016-01-01T24:00:00Z")]
    [InlineData("2016-13-01T00:00:00Z")]
    [InlineData("2022-101-27T13:49:54.326Z")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_timestamps_are_rejected(string? text)
    {
        Assert.False(StixTimestamp.TryParse(text, out _));
    }

    [Fact]
    public void Timestamps_compare_as_instants()
    {
        Assert.True(StixTimestamp.Parse("2016-01-01T00:00:00Z").SameInstantAs(StixTimestamp.Parse("2016-01-01T00:00:00.000000Z")));
    }

    [Fact]
    public void A_later_fraction_is_a_later_instant()
    {
        Assert.True(StixTimestamp.Parse("2016-01-01T00:00:00.1234567Z") > StixTimestamp.Parse("2016-01-01T00:00:00.1234566Z"));
    }

    [Fact]
    public void Tocsin_timestamps_are_UTC_with_milliseconds_truncated()
    {
        var instant = new DateTimeOffset(2025, 3, 14, 16, 9, 26, 535, TimeSpan.FromHours(1)).AddTicks(9999);

        Assert.Equal("2025-03-14T15:09:26.535Z", StixTimestamp.FromInstant(instant).Text);
    }
}
