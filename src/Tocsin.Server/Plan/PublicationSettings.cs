using Tocsin.Core.Publication;

namespace Tocsin.Server.Plan;

/// <summary>How decisions are published: the CAP sender, the public address baked into each message's
/// <c>web</c> link and the feed's identity. Bound from the configuration section <c>Tocsin:Publication</c>;
/// the CLI uses the defaults. A message keeps the values it was written with (its bytes never change).</summary>
public sealed record PublicationSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Publication";

    /// <summary>CAP <c>sender</c>: no whitespace, comma, <c>&lt;</c> or <c>&amp;</c>.</summary>
    public string Sender { get; init; } = "alerts@tocsin.localhost";

    /// <summary>Absolute http(s) address the public reaches this server at, without a trailing slash.</summary>
    public string LinkBase { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Permanent id of the Atom feed (a <c>tag:</c> URI); never changes with the address.</summary>
    public string FeedId { get; init; } = "tag:tocsin.localhost,2024:feeds/cap";

    /// <summary>Title of the Atom feed.</summary>
    public string FeedTitle { get; init; } = "Tocsin — CAP alerts";

    /// <summary>The feed's author: the body publishing the alerts.</summary>
    public string FeedAuthor { get; init; } = "Tocsin";

    /// <summary>The scheme the public status shows when none is asked for.</summary>
    public string DefaultScheme { get; init; } = "vigipirate";

    /// <summary>When set, the public snapshot is exported to this directory as static files on every publication
    /// (docs/publication.md "Static export"): a symbolic link the server replaces atomically.</summary>
    public string? StaticDirectory { get; init; }

    /// <summary>The settings the pure publisher needs.</summary>
    public PublisherSettings Publisher => new(Sender, LinkBase.TrimEnd('/'));
}
