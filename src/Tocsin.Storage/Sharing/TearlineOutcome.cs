using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Sharing;

/// <summary>What asking for a tearline gave: the released tearline, or — when it releases properties as they
/// stand — a request waiting for a second person holding the approver role.</summary>
/// <param name="Released">The stored tearline; null while pending.</param>
/// <param name="Pending">The stored request; null when released at once.</param>
public sealed record TearlineOutcome(TearlineResult? Released, TearlineRequest? Pending);
