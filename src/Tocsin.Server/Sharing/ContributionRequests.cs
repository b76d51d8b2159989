using System.Text.Json;
using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Sharing;

/// <summary>One version a partner contributed, as <c>GET /api/v1/partners/{name}/contributions</c> shows it: the
/// object exactly as the partner posted it.</summary>
public sealed record ContributionResponse(string Id, string Type, string Version, string Collection, DateTimeOffset DateAdded, bool Deleted,
    JsonElement Object);

/// <summary>Body of <c>POST /api/v1/partners/{name}/contributions/{objectId}/promote</c>: the collection of our picture
/// to promote into (default: the one it was contributed to), the version (default: the latest) and the mode,
/// <c>verbatim</c> (default) or <c>derived</c>.</summary>
[RequestExample("promote.json")]
public sealed record PromoteRequest(string? Collection, string? Version, string? Mode);

/// <summary>A promotion done: the contribution promoted and the ids now in our picture (for <c>derived</c>: our new
/// object, then its <c>derived-from</c> relationship).</summary>
public sealed record PromotionResponse(string Partner, string SourceId, string SourceVersion, string Mode, string Collection, IReadOnlyList<string> Promoted);
