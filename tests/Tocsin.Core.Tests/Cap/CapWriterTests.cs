using Tocsin.Testing;
using System.Text;
using System.Xml.Linq;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Tests.Cap;

public sealed class CapWriterTests
{
    private static readonly XNamespace Cap = CapXml.Namespace;

    [Theory]
    [InlineData(CapStatus.Actual, CapMsgType.Alert)]
    [InlineData(CapStatus.Actual, CapMsgType.Update)]
    [InlineData(CapStatus.Actual, CapMsgType.Cancel)]
    [InlineData(CapStatus.Exercise, CapMsgType.Alert)]
    [InlineData(CapStatus.Exercise, CapMsgType.Update)]
    [InlineData(CapStatus.Exercise, CapMsgType.Cancel)]
    [InlineData(CapStatus.Test, CapMsgType.Alert)]
    public void Every_status_and_message_type_Tocsin_publishes_validates_against_the_XSD(CapStatus status, CapMsgType msgType)
    {
        var alert = CapExamples.UrgenceAttentat() with
        {
            Status = status,
            MsgType = msgType,
            Note = status == CapStatus.Exercise ? "Exercice national PIRATE-2024" : null,
            References = msgType == CapMsgType.Alert ? [] : [CapExamples.Reference()],
        };

        var bytes = CapWriter.Write(alert).Value;

        Assert.Empty(CapSchema.Validate(bytes));
    }

    [Fact]
    public void An_Exercise_is_written_with_status_Exercise_and_its_note()
    {
        var alert = CapExamples.UrgenceAttentat() with { Status = CapStatus.Exercise, Note = "Exercice national PIRATE-2024" };

        var root = XDocument.Parse(Text(CapWriter.Write(alert).Value)).Root!;

        Assert.Equal(("Exercise", "Exercice national PIRATE-2024"), ((string?)root.Element(Cap + "status"), (string?)root.Element(Cap + "note")));
    }

    [Fact]
    public void French_and_English_info_blocks_are_written_in_order_and_validate()
    {
        var bytes = CapWriter.Write(CapExamples.UrgenceAttentat()).Value;

        var languages = XDocument.Parse(Text(bytes)).Root!.Elements(Cap + "info").Select(i => (string?)i.Element(Cap + "language"));

        Assert.Equal("fr-FR en-GB/0", $"{string.Join(" ", languages)}/{CapSchema.Validate(bytes).Count}");
    }

    [Fact]
    public void An_area_with_a_polygon_and_a_geocode_is_written_as_given_and_validates()
    {
        var bytes = CapWriter.Write(CapExamples.UrgenceAttentat()).Value;

        var area = XDocument.Parse(Text(bytes)).Root!.Element(Cap + "info")!.Element(Cap + "area")!;

        Assert.Equal(
            (CapExamples.France, "ISO3166-1", "FRA", 0),
            ((string?)area.Element(Cap + "polygon"), (string?)area.Element(Cap + "geocode")!.Element(Cap + "valueName"),
             (string?)area.Element(Cap + "geocode")!.Element(Cap + "value"), CapSchema.Validate(bytes).Count));
    }

    [Fact]
    public void Elements_follow_the_order_of_the_XSD_sequence()
    {
        var bytes = CapWriter.Write(Everything()).Value;

        var names = XDocument.Parse(Text(bytes)).Root!.DescendantsAndSelf().Select(e => e.Name.LocalName);

        Assert.Equal(ExpectedOrder, names);
    }

    [Fact]
    public void A_message_with_every_element_validates_against_the_XSD()
    {
        var bytes = CapWriter.Write(Everything()).Value;

        Assert.Empty(CapSchema.Validate(bytes));
    }

    [Fact]
    public void The_bytes_are_UTF8_without_BOM_and_start_with_the_declaration()
    {
        var bytes = CapWriter.Write(CapExamples.UrgenceAttentat()).Value;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ASCII_text_is_written_as_UTF8()
    {
        var bytes = CapWriter.Write(CapExamples.UrgenceAttentat()).Value;

        Assert.Contains("<areaDesc>France métropolitaine</areaDesc>", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Sent_in_UTC_is_written_minus_zero()
    {
        var text = Text(CapWriter.Write(CapExamples.UrgenceAttentat()).Value);

        Assert.Contains("<sent>2024-03-24T19:30:00-00:00</sent>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void References_are_sender_identifier_sent_triples_separated_by_a_space()
    {
        var first = new CapReference(CapExamples.Sender, "urn:uuid:11111111-1111-4111-8111-111111111111", CapExamples.Sent);
        var second = new CapReference(CapExamples.Sender, "urn:uuid:22222222-2222-4222-8222-222222222222", CapExamples.Sent.AddHours(2).ToOffset(TimeSpan.FromHours(1)));

        var text = Text(CapWriter.Write(CapExamples.Update(first, second)).Value);

        Assert.Contains(
            "<references>vigipirate@sgdsn.example.fr,urn:uuid:11111111-1111-4111-8111-111111111111,2024-03-24T19:30:00-00:00 vigipirate@sgdsn.example.fr,urn:uuid:22222222-2222-4222-8222-222222222222,2024-03-24T22:30:00+01:00</references>",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_characters_in_text_are_escaped()
    {
        var info = CapExamples.French() with { Description = "<script>alert('x')</script> & \"]]>\"" };

        var text = Text(CapWriter.Write(CapExamples.UrgenceAttentat() with { Infos = [info] }).Value);

        Assert.Contains("<description>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"]]&gt;\"</description>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_optional_text_is_left_out()
    {
        var alert = CapExamples.UrgenceAttentat() with { Note = "", Source = null, Infos = [CapExamples.French() with { Contact = "" }] };

        var root = XDocument.Parse(Text(CapWriter.Write(alert).Value)).Root!;

        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "note" or "source" or "contact");
    }

    [Fact]
    public void The_same_model_always_gives_the_same_bytes()
    {
        var first = CapWriter.Write(Everything()).Value;

        var second = CapWriter.Write(Everything()).Value;

        Assert.Equal(first, second);
    }

    [Fact]
    public void An_invalid_message_is_refused_with_every_error_listed()
    {
        var alert = CapExamples.UrgenceAttentat("id with space") with { MsgType = CapMsgType.Update, Sent = CapExamples.Sent.AddMilliseconds(5) };

        var result = CapWriter.Write(alert);

        Assert.Equal(
            ("cap-invalid", true, true, true),
            (result.Error?.Code, result.Error!.Message.Contains("[cap-identifier-format]", StringComparison.Ordinal),
             result.Error.Message.Contains("[cap-references-required]", StringComparison.Ordinal),
             result.Error.Message.Contains("[cap-time-fraction]", StringComparison.Ordinal)));
    }

    internal static CapAlert Everything() => CapExamples.Update() with
    {
        Source = "CNCT watch officer",
        Scope = CapScope.Restricted,
        Restriction = "Opérateurs d'importance vitale",
        Addresses = "oiv-transport \"oiv énergie\"",
        Codes = ["profile:tocsin:1.0", "layer:vigipirate:2024"],
        Note = "Relève du niveau",
        Incidents = "crocus-2024",
        Infos =
        [
            CapExamples.French() with
            {
                Categories = [CapCategory.Security, CapCategory.Safety],
                ResponseTypes = [CapResponseType.Monitor, CapResponseType.Avoid],
                Audience = "Public",
                EventCodes = [new CapValuePair("vigipirate-level", "urgence-attentat"), new CapValuePair("scheme", "vigipirate")],
                Onset = CapExamples.Sent,
                Expires = CapExamples.Sent.AddDays(30),
                Contact = "sgdsn@example.fr",
                Parameters = [new CapValuePair("measures", "301 302"), new CapValuePair("empty", "")],
                Resources = [new CapResource { ResourceDesc = "Affiche", MimeType = "application/pdf", Size = 12345, Uri = "https://example.fr/affiche.pdf", Digest = "da39a3ee5e6b4b0d3255bfef95601890afd80709" }],
                Areas =
                [
                    CapExamples.Area() with
                    {
                        Circles = ["48.8566,2.3522 25"],
                        Geocodes = [new CapValuePair("ISO3166-1", "FRA"), new CapValuePair("INSEE-DEP", "75")],
                        Altitude = 0m,
                        Ceiling = 3000.5m,
                    },
                    new CapArea { AreaDesc = "Guyane", Geocodes = [new CapValuePair("INSEE-DEP", "973")] },
                ],
            },
            CapExamples.English(),
        ],
    };

    private static readonly string[] ExpectedOrder =
    [
        "alert", "identifier", "sender", "sent", "status", "msgType", "source", "scope", "restriction", "addresses",
        "code", "code", "note", "references", "incidents",
        "info", "language", "category", "category", "event", "responseType", "responseType", "urgency", "severity", "certainty",
        "audience", "eventCode", "valueName", "value", "eventCode", "valueName", "value", "effective", "onset", "expires",
        "senderName", "headline", "description", "instruction", "web", "contact",
        "parameter", "valueName", "value", "parameter", "valueName", "value",
        "resource", "resourceDesc", "mimeType", "size", "uri", "digest",
        "area", "areaDesc", "polygon", "circle", "geocode", "valueName", "value", "geocode", "valueName", "value", "altitude", "ceiling",
        "area", "areaDesc", "geocode", "valueName", "value",
        "info", "language", "category", "event", "responseType", "urgency", "severity", "certainty",
        "eventCode", "valueName", "value", "effective", "senderName", "headline", "description", "instruction", "web",
        "area", "areaDesc", "polygon", "geocode", "valueName", "value",
    ];

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
