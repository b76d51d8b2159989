using Microsoft.Extensions.Primitives;

namespace Tocsin.Server.Snapshot;

/// <summary>A public page as rendered: its media type, the other headers rendering set (Blazor's
/// <c>blazor-enhanced-nav</c>), and its bytes with their ETag.</summary>
public sealed record RenderedPage(string? ContentType, IReadOnlyList<KeyValuePair<string, StringValues>> Headers, PublicDocument Document);
