namespace Tocsin.Server.Plan;

/// <summary>The body of <c>POST /api/v1/decisions/{id}/reject</c> and <c>/cancel</c>.</summary>
/// <param name="Reason">Why; required. A cancellation's reason is published in its CAP Cancel.</param>
/// <param name="EffectiveAt">Cancellation only: when it takes effect; now when omitted, never earlier.</param>
public sealed record ReasonRequest(string? Reason, DateTimeOffset? EffectiveAt);
