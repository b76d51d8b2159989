using Tocsin.Server.Web.Public;

namespace Tocsin.Server.Web;

/// <summary>Endpoint metadata: this endpoint answers every reader with the same bytes (a static asset, the level
/// style sheet, the API documentation files, the public feeds). With <see cref="PublicPageAttribute"/> pages, these are
/// the only responses <see cref="PublicCompression"/> compresses.</summary>
public sealed class SameForEveryReader
{
    private SameForEveryReader()
    {
    }

    /// <summary>The one instance.</summary>
    public static SameForEveryReader Instance { get; } = new();

    /// <summary>True when the request was routed to a public page or to an endpoint marked with this metadata.</summary>
    public static bool Matches(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<SameForEveryReader>() is not null || metadata?.GetMetadata<PublicPageAttribute>() is not null;
    }
}
