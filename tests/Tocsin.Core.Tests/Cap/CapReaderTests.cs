using System.Text;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Tests.Cap;

public sealed class CapReaderTests
{
    private const string Envelope =
        "<identifier>x1</identifier><sender>s@example.fr</sender><sent>2024-03-24T19:30:00-00:00</sent>"
        + "<status>Actual</status><msgType>Alert</msgType><scope>Public</scope>";

    [Fact]
    public void A_written_message_reads_back_as_the_same_model()
    {
        var alert = CapWriterTests.Everything();

        var read = CapReader.Read(CapWriter.Write(alert).Value).Value;

        CapModelAssert.Equal(alert, read);
    }

    [Fact]
    public void The_example_alert_reads_back_as_the_same_model()
    {
        var alert = CapExamples.UrgenceAttentat();

        var read = CapReader.Read(CapWriter.Write(alert).Value).Value;

        CapModelAssert.Equal(alert, read);
    }

    [Fact]
    public void Text_with_markup_and_line_breaks_survives_a_round_trip()
    {
        var alert = CapExamples.UrgenceAttentat() with { Note = "a < b & c > d\r\nligne 2\n\tfin ]]>" };

        var read = CapReader.Read(CapWriter.Write(alert).Value).Value;

        Assert.Equal(alert.Note, read.Note);
    }

    [Fact]
    public void Reading_and_writing_again_gives_the_same_bytes()
    {
        var bytes = CapWriter.Write(CapWriterTests.Everything()).Value;

        var again = CapWriter.Write(CapReader.Read(bytes).Value).Value;

        Assert.Equal(bytes, again);
    }

    [Fact]
    public void The_XXE_sample_is_refused_without_resolving_anything()
    {
        var result = CapReader.Read(CapSamples.Bytes("negative/xee.cap"));

        Assert.Equal("cap-dtd-prohibited", result.Error?.Code);
    }

    [Theory]
    [InlineData("<!DOCTYPE alert [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")]
    [InlineData("<!DOCTYPE alert SYSTEM \"http://localhost:8080/cap.dtd\">")]
    [InlineData("<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE alert>")]
    public void Any_DTD_is_refused(string doctype)
    {
        var xml = $"<?xml version=\"1.0\"?>\n{doctype}\n<alert xmlns=\"{CapXml.Namespace}\">{Envelope}</alert>";

        var result = CapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("cap-dtd-prohibited", result.Error?.Code);
    }

    [Theory]
    [InlineData("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\">" + Envelope + "</alert>")]
    [InlineData("<alert>" + Envelope + "</alert>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")]
    [InlineData("<cap:message xmlns:cap=\"urn:oasis:names:tc:emergency:cap:1.2\"/>")]
    public void A_root_other_than_a_CAP_1_2_alert_is_refused(string xml)
    {
        var result = CapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("cap-not-cap", result.Error?.Code);
    }

    [Theory]
    [InlineData("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">")]
    [InlineData("")]
    [InlineData("not xml")]
    public void Malformed_XML_is_refused(string xml)
    {
        var result = CapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("cap-malformed-xml", result.Error?.Code);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_unread()
    {
        var result = CapReader.Read(new byte[CapReader.MaxBytes + 1]);

        Assert.Equal("cap-too-large", result.Error?.Code);
    }

    [Theory]
    [InlineData("<identifier>x1</identifier><sender>s</sender><sent>2024-03-24T19:30:00-00:00</sent><msgType>Alert</msgType><status>Actual</status><scope>Public</scope>", "/alert/status")]
    [InlineData(Envelope + "<extra>1</extra>", "/alert/extra")]
    [InlineData(Envelope + "<x xmlns=\"urn:other\">1</x>", "{urn:other}x")]
    [InlineData("<identifier>x1</identifier><sender>s</sender><sent>2024-03-24T19:30:00Z</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>", "/alert/sent")]
    [InlineData("<identifier>x1</identifier><sender>s</sender><sent>2024-03-24T19:30:00.5-00:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>", "/alert/sent")]
    [InlineData("<identifier>x1</identifier><sender>s</sender><sent>2024-03-24T19:30:00-00:00</sent><status>actual</status><msgType>Alert</msgType><scope>Public</scope>", "/alert/status")]
    [InlineData("<identifier>x1</identifier><sender>s</sender><sent>2024-03-24T19:30:00-00:00</sent><status>Actual</status><msgType>Alert</msgType>", "/alert/scope")]
    [InlineData(Envelope + "<info><event>e</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty></info>", "/alert/info[1]/category")]
    [InlineData(Envelope + "<info><category>Terror</category><event>e</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty></info>", "/alert/info[1]/category")]
    [InlineData(Envelope + "<info><category>Security</category><event>e</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty><area><polygon>1,1 2,2 3,3 1,1</polygon></area></info>", "/alert/info[1]/area[1]/areaDesc")]
    [InlineData(Envelope + "<info><category>Security</category><event>e</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty><area><areaDesc>a</areaDesc><altitude>high</altitude></area></info>", "/alert/info[1]/area[1]/altitude")]
    [InlineData(Envelope + "<references>s,id</references>", "/alert/references")]
    [InlineData("<identifier>x1<b>bold</b></identifier><sender>s</sender><sent>2024-03-24T19:30:00-00:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>", "/alert/identifier")]
    public void Structural_problems_are_refused_with_their_path(string body, string path)
    {
        var xml = $"<alert xmlns=\"{CapXml.Namespace}\">{body}</alert>";

        var result = CapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(("cap-invalid", true), (result.Error?.Code, result.Error!.Message.Contains(path, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_structural_problem_is_listed_not_only_the_first()
    {
        var xml = $"<alert xmlns=\"{CapXml.Namespace}\"><identifier>x</identifier><sent>2024-03-24T19:30:00Z</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope></alert>";

        var lines = CapReader.Read(Encoding.UTF8.GetBytes(xml)).Error!.Message.Split('\n').Skip(1);

        Assert.Equal(["/alert/sender: is required and missing (or out of order)", "/alert/sent: '2024-03-24T19:30:00Z' is not a CAP date-time YYYY-MM-DDThh:mm:ss±hh:mm (no 'Z', no fractions)"], lines);
    }

    [Fact]
    public void A_trailing_XML_signature_is_accepted_and_left_to_the_verifier()
    {
        var xml = $"<alert xmlns=\"{CapXml.Namespace}\">{Envelope}<Signature xmlns=\"{CapXml.XmlDsigNamespace}\"><SignedInfo/></Signature></alert>";

        var result = CapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("x1", result.Value.Identifier);
    }

    [Fact]
    public void An_ISO_8859_1_message_is_decoded_from_its_declaration()
    {
        var alert = CapReader.Read(CapSamples.Bytes("examples/earthquake-iso8859-1.cap")).Value;

        Assert.Equal("EQ 4.6 Usulután, Usulután, El Salvador - PRELIMINARY REPORT", alert.Infos[0].Headline);
    }

    [Fact]
    public void A_prefixed_CAP_namespace_reads_like_the_default_one()
    {
        var alert = CapReader.Read(CapSamples.Bytes("examples/australia.cap")).Value;

        Assert.Equal(("tag:www.rfs.nsw.gov.au2011-10-06:40184", 2, "-35.3888,147.0598 25.0"), (alert.Identifier, alert.Infos.Count, alert.Infos[0].Areas[0].Circles[0]));
    }

    [Fact]
    public void References_of_a_received_update_read_as_triples()
    {
        var alert = CapReader.Read(CapSamples.Bytes("examples/canada.cap")).Value;

        Assert.Equal(
            [new CapReference("cap@ec.gc.ca", "2.49.0.1.124.a3f342a4.2012", new DateTimeOffset(2012, 5, 2, 21, 45, 5, TimeSpan.Zero)),
             new CapReference("cap@ec.gc.ca", "2.49.0.1.124.60f31a3a.2012", new DateTimeOffset(2012, 5, 2, 21, 55, 21, TimeSpan.Zero))],
            alert.References);
    }

    [Fact]
    public void Empty_optional_elements_read_as_absent()
    {
        var alert = CapReader.Read(CapSamples.Bytes("examples/canada.cap")).Value;

        Assert.Equal((null, null, null, null), (alert.Restriction, alert.Addresses, alert.Note, alert.Infos[0].Contact));
    }
}
