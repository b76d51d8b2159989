using System.Xml.Linq;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Tests.Cap;

public sealed class CapVocabularyTests
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    public static TheoryData<string, string[]> WireNames => new()
    {
        { "status", Enum.GetValues<CapStatus>().Select(CapVocabulary.ToWire).ToArray() },
        { "msgType", Enum.GetValues<CapMsgType>().Select(CapVocabulary.ToWire).ToArray() },
        { "scope", Enum.GetValues<CapScope>().Select(CapVocabulary.ToWire).ToArray() },
        { "category", Enum.GetValues<CapCategory>().Select(CapVocabulary.ToWire).ToArray() },
        { "responseType", Enum.GetValues<CapResponseType>().Select(CapVocabulary.ToWire).ToArray() },
        { "urgency", Enum.GetValues<CapUrgency>().Select(CapVocabulary.ToWire).ToArray() },
        { "severity", Enum.GetValues<CapSeverity>().Select(CapVocabulary.ToWire).ToArray() },
        { "certainty", Enum.GetValues<CapCertainty>().Select(CapVocabulary.ToWire).ToArray() },
    };

    [Theory]
    [MemberData(nameof(WireNames))]
    public void Wire_names_are_exactly_the_XSD_enumerations(string element, string[] names)
    {
        var schema = XDocument.Load(CapSamples.SchemaPath);

        var enumerations = schema.Descendants(Xs + "element").Single(e => (string?)e.Attribute("name") == element)
            .Descendants(Xs + "enumeration").Select(e => (string)e.Attribute("value")!);

        Assert.Equal(enumerations, names);
    }

    [Fact]
    public void Every_wire_name_reads_back_as_its_value()
    {
        var roundTrips = new[]
        {
            Enum.GetValues<CapStatus>().All(v => CapVocabulary.ParseStatus(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapMsgType>().All(v => CapVocabulary.ParseMsgType(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapScope>().All(v => CapVocabulary.ParseScope(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapCategory>().All(v => CapVocabulary.ParseCategory(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapResponseType>().All(v => CapVocabulary.ParseResponseType(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapUrgency>().All(v => CapVocabulary.ParseUrgency(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapSeverity>().All(v => CapVocabulary.ParseSeverity(CapVocabulary.ToWire(v)) == v),
            Enum.GetValues<CapCertainty>().All(v => CapVocabulary.ParseCertainty(CapVocabulary.ToWire(v)) == v),
        };

        Assert.All(roundTrips, Assert.True);
    }

    [Theory]
    [InlineData("actual")]
    [InlineData("ACTUAL")]
    [InlineData(" Actual")]
    [InlineData("Actual ")]
    [InlineData("")]
    [InlineData(null)]
    public void Reading_is_exact_and_case_sensitive(string? text)
    {
        Assert.Null(CapVocabulary.ParseStatus(text));
    }
}
