using Tocsin.Core.Cap;

namespace Tocsin.Core.Tests.Cap;

public sealed class CapTimeTests
{
    [Fact]
    public void UTC_is_written_minus_zero_never_Z()
    {
        var text = CapTime.Format(new DateTimeOffset(2024, 3, 24, 19, 30, 0, TimeSpan.Zero));

        Assert.Equal("2024-03-24T19:30:00-00:00", text);
    }

    [Theory]
    [InlineData(1, 0, "2024-03-24T20:30:00+01:00")]
    [InlineData(-5, 0, "2024-03-24T14:30:00-05:00")]
    [InlineData(5, 30, "2024-03-25T01:00:00+05:30")]
    [InlineData(-3, -30, "2024-03-24T16:00:00-03:30")]
    public void Other_offsets_are_written_as_they_are(int hours, int minutes, string expected)
    {
        var offset = new TimeSpan(hours, minutes, 0);
        var value = new DateTimeOffset(2024, 3, 24, 19, 30, 0, TimeSpan.Zero).ToOffset(offset);

        Assert.Equal(expected, CapTime.Format(value));
    }

    [Fact]
    public void Writing_a_value_with_fractions_of_a_second_is_a_bug()
    {
        var value = new DateTimeOffset(2024, 3, 24, 19, 30, 0, 123, TimeSpan.Zero);

        Assert.Throws<ArgumentException>(() => CapTime.Format(value));
    }

    [Theory]
    [InlineData("2024-03-24T19:30:00-00:00", "2024-03-24T19:30:00Z", 0)]
    [InlineData("2024-03-24T19:30:00+00:00", "2024-03-24T19:30:00Z", 0)]
    [InlineData("2024-03-24T20:30:00+01:00", "2024-03-24T19:30:00Z", 60)]
    [InlineData("2003-06-17T14:57:00-07:00", "2003-06-17T21:57:00Z", -420)]
    public void The_CAP_form_reads_as_the_instant_with_its_offset(string text, string instant, int offsetMinutes)
    {
        var value = CapTime.Parse(text).Value;

        Assert.Equal((DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), offsetMinutes), (value, (int)value.Offset.TotalMinutes));
    }

    [Theory]
    [InlineData("2024-03-24T19:30:00Z")]
    [InlineData("2024-03-24T19:30:00.123-00:00")]
    [InlineData("2024-03-24T19:30:00.1+01:00")]
    [InlineData("2024-03-24T19:30:00")]
    [InlineData("2024-03-24T19:30-00:00")]
    [InlineData("2024-03-24 19:30:00-00:00")]
    [InlineData("2024-03-24t19:30:00-00:00")]
    [InlineData("2024-3-24T19:30:00-00:00")]
    [InlineData(" 2024-03-24T19:30:00-00:00")]
    [InlineData("2024-03-24T19:30:00-00:00 ")]
    [InlineData("2024-03-24T19:30:00+0100")]
    [InlineData("2024-03-24T19:30:00+15:00")]
    [InlineData("2024-02-30T19:30:00-00:00")]
    [InlineData("2024-03-24T24:00:00-00:00")]
    [InlineData("２024-03-24T19:30:00-00:00")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        var result = CapTime.Parse(text);

        Assert.Equal("cap-time", result.Error?.Code);
    }

    [Theory]
    [InlineData("2024-03-24T19:30:00-00:00")]
    [InlineData("2024-03-24T20:30:00+01:00")]
    [InlineData("1999-12-31T23:59:59-10:00")]
    public void What_Tocsin_writes_it_reads_back_unchanged(string text)
    {
        var again = CapTime.Format(CapTime.Parse(text).Value);

        Assert.Equal(text, again);
    }
}
