namespace Tocsin.Core.Cap;

/// <summary>A CAP 1.2 <c>resource</c> (§3.2.3): a file that supplements an <c>info</c> block. Tocsin does
/// not attach any; the type exists so that messages from elsewhere read and round-trip whole.</summary>
public sealed record CapResource
{
    /// <summary>What the resource is, e.g. <c>map</c>.</summary>
    public required string ResourceDesc { get; init; }

    /// <summary>Its MIME type.</summary>
    public required string MimeType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>Where to fetch it.</summary>
    public string? Uri { get; init; }

    /// <summary>The content itself, base64.</summary>
    public string? DerefUri { get; init; }

    /// <summary>SHA-1 hash of the content.</summary>
    public string? Digest { get; init; }
}
