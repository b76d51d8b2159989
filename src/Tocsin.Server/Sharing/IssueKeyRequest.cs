using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Sharing;

/// <summary>Optional body of <c>POST /api/v1/partners/{name}/keys</c>: when the new key stops working (RFC 3339,
/// in the future); absent or null, never.</summary>
[RequestExample("key.json")]
public sealed record IssueKeyRequest(DateTimeOffset? ExpiresAt);
