using System.Xml.Linq;
using Tocsin.Core.Cap;
using Tocsin.Core.Cap.Atom;

namespace Tocsin.Core.Tests.Cap;

public sealed class AtomFeedWriterTests
{
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;

    private static readonly AtomFeed Feed = new()
    {
        Id = "tag:alerte.example.fr,2024:feeds/cap",
        Title = "Vigipirate — alertes",
        SelfLink = "https://alerte.example.fr/feeds/cap.atom",
        Updated = new DateTimeOffset(2024, 3, 25, 8, 0, 0, TimeSpan.Zero),
        Author = new AtomPerson("SGDSN", "https://www.sgdsn.gouv.fr"),
        Language = "fr",
    };

    private static readonly CapAlertSummary Older = CapAlertSummary.From(CapExamples.UrgenceAttentat(), "urgence-attentat", "FRA", "fr");

    private static readonly CapAlertSummary Newer = CapAlertSummary.From(CapExamples.Update(), "urgence-attentat", "FRA", "en");

    [Fact]
    public void The_feed_is_an_Atom_document()
    {
        var root = Write(Feed, Older, Newer).Root!;

        Assert.Equal(Atom + "feed", root.Name);
    }

    [Fact]
    public void The_bytes_are_UTF8_without_BOM_and_start_with_the_declaration()
    {
        var bytes = AtomFeedWriter.Write(Feed, [Older]).Value;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_newest_first()
    {
        var entries = Write(Feed, Older, Newer).Root!.Elements(Atom + "entry");

        Assert.Equal([Newer.Identifier, Older.Identifier], entries.Select(e => (string)e.Element(Atom + "id")!));
    }

    [Fact]
    public void The_feed_has_the_id_title_updated_author_and_self_link_Atom_requires()
    {
        var root = Write(Feed, Older).Root!;

        Assert.Equal(
            (Feed.Id, Feed.Title, "2024-03-25T08:00:00Z", "SGDSN", Feed.SelfLink),
            ((string?)root.Element(Atom + "id"), (string?)root.Element(Atom + "title"), (string?)root.Element(Atom + "updated"),
             (string?)root.Element(Atom + "author")?.Element(Atom + "name"),
             (string?)root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")));
    }

    [Fact]
    public void An_entry_has_id_title_updated_alternate_link_summary_and_category()
    {
        var entry = Write(Feed, Older).Root!.Element(Atom + "entry")!;
        var link = entry.Element(Atom + "link")!;

        Assert.Equal(
            (Older.Identifier, "Le plan Vigipirate est porté au niveau « urgence attentat »", "2024-03-24T19:30:00Z",
             "alternate", "application/cap+xml", "/feeds/cap/urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.xml",
             Older.Summary, "urgence-attentat/FRA"),
            ((string?)entry.Element(Atom + "id"), (string?)entry.Element(Atom + "title"), (string?)entry.Element(Atom + "updated"),
             (string?)link.Attribute("rel"), (string?)link.Attribute("type"), (string?)link.Attribute("href"),
             (string?)entry.Element(Atom + "summary"), (string?)entry.Element(Atom + "category")?.Attribute("term")));
    }

    [Theory]
    [InlineData("", "/feeds/cap/urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.xml")]
    [InlineData("https://alerte.example.fr", "https://alerte.example.fr/feeds/cap/urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.xml")]
    [InlineData("https://alerte.example.fr/", "https://alerte.example.fr/feeds/cap/urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.xml")]
    [InlineData("https://example.fr/tocsin", "https://example.fr/tocsin/feeds/cap/urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.xml")]
    public void Entry_links_are_relative_or_under_the_given_base(string linkBase, string href)
    {
        var link = Write(Feed with { AlertLinkBase = linkBase }, Older).Root!.Element(Atom + "entry")!.Element(Atom + "link")!;

        Assert.Equal(href, (string?)link.Attribute("href"));
    }

    [Theory]
    [InlineData("KSTO1055887203", "tag:alerte.example.fr,2024:feeds/cap/KSTO1055887203", "/feeds/cap/KSTO1055887203.xml")]
    [InlineData("2.49.0.1.250.0.2024", "tag:alerte.example.fr,2024:feeds/cap/2.49.0.1.250.0.2024", "/feeds/cap/2.49.0.1.250.0.2024.xml")]
    [InlineData("alerte#1?x=é", "tag:alerte.example.fr,2024:feeds/cap/alerte%231%3Fx=%C3%A9", "/feeds/cap/alerte%231%3Fx=%C3%A9.xml")]
    [InlineData("tag:sgdsn.example.fr;2024;1", "tag:sgdsn.example.fr;2024;1", "/feeds/cap/tag:sgdsn.example.fr;2024;1.xml")]
    public void Identifiers_that_are_not_URIs_get_a_tag_entry_id_and_an_escaped_link(string identifier, string id, string href)
    {
        var entry = Write(Feed, Older with { Identifier = identifier }).Root!.Element(Atom + "entry")!;

        Assert.Equal((id, href), ((string?)entry.Element(Atom + "id"), (string?)entry.Element(Atom + "link")!.Attribute("href")));
    }

    [Fact]
    public void Times_are_RFC_3339_in_UTC()
    {
        var entry = Write(Feed, Older with { Sent = new DateTimeOffset(2024, 3, 24, 20, 30, 0, TimeSpan.FromHours(1)) }).Root!.Element(Atom + "entry")!;

        Assert.Equal("2024-03-24T19:30:00Z", (string?)entry.Element(Atom + "updated"));
    }

    [Fact]
    public void An_empty_feed_is_still_a_valid_feed()
    {
        var root = Write(Feed).Root!;

        Assert.Equal((Feed.Id, 0), ((string?)root.Element(Atom + "id"), root.Elements(Atom + "entry").Count()));
    }

    [Theory]
    [InlineData("feed id not a tag or uuid")]
    [InlineData("feed id urn:uuid malformed")]
    [InlineData("blank title")]
    [InlineData("relative self link")]
    [InlineData("blank author name")]
    [InlineData("link base not http")]
    [InlineData("exercise entry")]
    [InlineData("test entry")]
    [InlineData("restricted entry")]
    [InlineData("entry without title")]
    [InlineData("entry without level")]
    [InlineData("entry without territory")]
    [InlineData("duplicate entry")]
    [InlineData("entry identifier with a space")]
    [InlineData("non-URI identifier under a uuid feed")]
    public void What_Atom_or_the_public_feed_forbids_is_refused(string breaker)
    {
        var (feed, entries) = breaker switch
        {
            "feed id not a tag or uuid" => (Feed with { Id = "https://alerte.example.fr/feed" }, [Older]),
            "feed id urn:uuid malformed" => (Feed with { Id = "urn:uuid:not-a-uuid" }, [Older]),
            "blank title" => (Feed with { Title = " " }, [Older]),
            "relative self link" => (Feed with { SelfLink = "/feeds/cap.atom" }, [Older]),
            "blank author name" => (Feed with { Author = new AtomPerson("") }, [Older]),
            "link base not http" => (Feed with { AlertLinkBase = "ftp://example.fr" }, [Older]),
            "exercise entry" => (Feed, [Older with { Status = CapStatus.Exercise }]),
            "test entry" => (Feed, [Older with { Status = CapStatus.Test }]),
            "restricted entry" => (Feed, [Older with { Scope = CapScope.Restricted }]),
            "entry without title" => (Feed, [Older with { Title = "" }]),
            "entry without level" => (Feed, [Older with { Level = "" }]),
            "entry without territory" => (Feed, [Older with { Territory = " " }]),
            "duplicate entry" => (Feed, [Older, Older]),
            "entry identifier with a space" => (Feed, [Older with { Identifier = "a b" }]),
            "non-URI identifier under a uuid feed" => (Feed with { Id = "urn:uuid:5b0c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f2e" }, new[] { Older with { Identifier = "KSTO1" } }),
            _ => throw new ArgumentOutOfRangeException(nameof(breaker)),
        };

        var result = AtomFeedWriter.Write(feed, entries);

        Assert.Equal("atom-invalid", result.Error?.Code);
    }

    [Fact]
    public void A_urn_uuid_feed_id_is_accepted()
    {
        var result = AtomFeedWriter.Write(Feed with { Id = "urn:uuid:5b0c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f2e" }, [Older]);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public void A_summary_takes_its_title_and_text_from_the_requested_language()
    {
        var summary = CapAlertSummary.From(CapExamples.UrgenceAttentat(), "urgence-attentat", "FRA", "en");

        Assert.Equal((CapExamples.English().Headline, CapExamples.English().Description), (summary.Title, summary.Summary));
    }

    [Fact]
    public void A_summary_falls_back_to_the_first_info_then_to_the_message_type()
    {
        var first = CapAlertSummary.From(CapExamples.UrgenceAttentat(), "l", "t", "de");
        var none = CapAlertSummary.From(CapExamples.Update() with { MsgType = CapMsgType.Cancel, Infos = [] }, "l", "t");

        Assert.Equal((CapExamples.French().Headline, $"Cancel {CapExamples.Update().Identifier}"), (first.Title, none.Title));
    }

    private static XDocument Write(AtomFeed feed, params CapAlertSummary[] entries)
    {
        var result = AtomFeedWriter.Write(feed, entries);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return XDocument.Load(new MemoryStream(result.Value));
    }
}
