using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Tests.Extensions;

public sealed class AdmiraltyGradeTests
{
    [Theory]
    [InlineData("B2", 'B', 2)]
    [InlineData("A1", 'A', 1)]
    [InlineData("F6", 'F', 6)]
    [InlineData("c3", 'C', 3)]
    public void A_letter_and_a_digit_read_as_a_grade(string text, char reliability, int credibility)
    {
        var grade = AdmiraltyGrade.Parse(text);

        Assert.Equal((reliability, credibility), (grade.Value.SourceReliability, grade.Value.InformationCredibility));
    }

    [Theory]
    [InlineData("G7")]
    [InlineData("G1")]
    [InlineData("A7")]
    [InlineData("B0")]
    [InlineData("2B")]
    [InlineData("B22")]
    [InlineData("B")]
    [InlineData("")]
    [InlineData(" B2")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        var grade = AdmiraltyGrade.Parse(text);

        Assert.Equal("admiralty-grade", grade.Error?.Code);
    }

    [Theory]
    [InlineData("A1", 90)]
    [InlineData("A2", 70)]
    [InlineData("A3", 50)]
    [InlineData("A4", 30)]
    [InlineData("A5", 10)]
    [InlineData("B1", 90)]
    [InlineData("B2", 70)]
    [InlineData("C1", 70)]
    [InlineData("C2", 70)]
    [InlineData("C3", 50)]
    [InlineData("D1", 50)]
    [InlineData("D4", 30)]
    [InlineData("E1", 30)]
    [InlineData("E5", 10)]
    [InlineData("F1", 50)]
    [InlineData("F2", 50)]
    [InlineData("F5", 10)]
    public void Confidence_is_the_credibility_value_capped_by_reliability(string text, int confidence)
    {
        var grade = AdmiraltyGrade.Parse(text).Value;

        Assert.Equal(confidence, grade.Confidence);
    }

    [Theory]
    [InlineData("A6")]
    [InlineData("C6")]
    [InlineData("F6")]
    public void Credibility_6_gives_no_confidence(string text)
    {
        var grade = AdmiraltyGrade.Parse(text).Value;

        Assert.Null(grade.Confidence);
    }

    [Fact]
    public void A_grade_prints_as_written()
    {
        var grade = AdmiraltyGrade.Create("d", 5).Value;

        Assert.Equal("D5", grade.ToString());
    }

    [Fact]
    public void Grades_with_the_same_parts_are_equal()
    {
        Assert.Equal(AdmiraltyGrade.Parse("b2").Value, AdmiraltyGrade.Create("B", 2).Value);
    }
}
