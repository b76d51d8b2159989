namespace Tocsin.Server.Taxii;

/// <summary>The TAXII 2.1 server's configuration: section <c>Tocsin:Taxii</c>.</summary>
public sealed record TaxiiSettings
{
    /// <summary>The default API root when none is configured: <c>/taxii2/tocsin/</c>.</summary>
    public const string DefaultRootName = "tocsin";

    /// <summary>The default <c>max_content_length</c>: 100 MiB.</summary>
    public const long DefaultMaxContentLength = 100L * 1024 * 1024;

    /// <summary>Discovery <c>title</c>.</summary>
    public string Title { get; init; } = "Tocsin TAXII 2.1";

    /// <summary>Discovery <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Discovery <c>contact</c>.</summary>
    public string? Contact { get; init; }

    /// <summary>Public HTTPS base URL (e.g. <c>https://cti.example.org</c>) when a reverse proxy or TLS
    /// front serves Tocsin: discovery then gives absolute API root URLs; otherwise relative ones.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>The largest POST body accepted, in bytes (<c>max_content_length</c>, TAXII 2.1 §4.2.1).</summary>
    public long MaxContentLength { get; init; } = DefaultMaxContentLength;

    /// <summary>The most objects one Add Objects envelope may carry; more is refused whole with 413
    /// <c>too-many-objects</c>, so one request cannot hold the write lock for an unbounded time.</summary>
    public int MaxObjectsPerEnvelope { get; init; } = 20_000;

    /// <summary>API roots; when empty, one root named <see cref="DefaultRootName"/> serving every collection.
    /// The first is the discovery <c>default</c>.</summary>
    public IReadOnlyList<TaxiiApiRootSettings> ApiRoots { get; init; } = [];

    /// <summary>Collections created at start-up when their alias does not exist yet.</summary>
    public IReadOnlyList<TaxiiCollectionSeed> Collections { get; init; } = [];

    /// <summary>How long a POST's status stays readable by its poster (TAXII 2.1 §4.3).</summary>
    public TimeSpan StatusLifetime { get; init; } = TimeSpan.FromHours(24);
}
