namespace Tocsin.Core.Cap.Atom;

/// <summary>The metadata of the public CAP feed (RFC 4287 §4.1.1). Entries come separately, as
/// <see cref="CapAlertSummary"/> values.</summary>
public sealed record AtomFeed
{
    /// <summary>Permanent feed id: a <c>tag:</c> URI (RFC 4151, e.g. <c>tag:alerte.gouv.fr,2024:cap</c>) or
    /// <c>urn:uuid:</c>. Never changes, whatever the server's address.</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable title, e.g. <c>Vigipirate — alertes</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Absolute URL the feed is fetched from (<c>link rel="self"</c>), e.g. <c>https://…/feeds/cap.atom</c>.</summary>
    public required string SelfLink { get; init; }

    /// <summary>The last time the feed changed in a way its publisher considers significant.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>Feed-level author, so that no entry needs its own (RFC 4287 §4.1.1).</summary>
    public required AtomPerson Author { get; init; }

    /// <summary>Prefix of every entry link <c>{AlertLinkBase}/feeds/cap/{identifier}.xml</c>: empty for a
    /// root-relative link, or an absolute <c>http(s)</c> base such as <c>https://alerte.example.fr</c>.</summary>
    public string AlertLinkBase { get; init; } = "";

    /// <summary>Optional <c>xml:lang</c> of the feed's text, e.g. <c>fr</c>.</summary>
    public string? Language { get; init; }
}
