using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Plan;

/// <summary>The body of <c>POST /api/v1/decisions/{id}/reject</c>, <c>/cancel</c> and <c>/cancel/reject</c>.</summary>
/// <param name="Reason">Why; required. A cancellation's reason is published in its CAP Cancel once approved.</param>
/// <param name="EffectiveAt">Cancellation proposal only: when it should take effect; on approval when omitted, and
/// never before the approval.</param>
[RequestExample("reason.json")]
public sealed record ReasonRequest([RequiredField] string? Reason, DateTimeOffset? EffectiveAt);
