using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Plan.Schemes;

/// <summary>How long a scheme's CAP messages are valid, and how long before that a message still describing a level
/// in force is re-issued as an Update. The Google Public Alerts and IPAWS CAP profiles require <c>expires</c>; a
/// threat level has no natural end, so the feed keeps it fresh by re-issuing (docs/publication.md).</summary>
/// <param name="Mode">Where <c>expires</c> comes from.</param>
/// <param name="Period">The validity of a message in <see cref="CapExpiryMode.Fixed"/> mode, and the fallback of
/// <see cref="CapExpiryMode.ReviewBy"/>; positive.</param>
/// <param name="ReissueMargin">How long before <c>expires</c> an Update is re-issued; positive and shorter than
/// <paramref name="Period"/>.</param>
public sealed record CapExpiryPolicy(CapExpiryMode Mode, TimeSpan Period, TimeSpan ReissueMargin)
{
    /// <summary>The policy of a scheme file that names none: a fixed period of 7 days, re-issued 12 hours before.</summary>
    public static CapExpiryPolicy Default { get; } = new(CapExpiryMode.Fixed, TimeSpan.FromDays(7), TimeSpan.FromHours(12));

    /// <summary>The <c>expires</c> of a message about <paramref name="decision"/> valid from <paramref name="from"/>
    /// (its <c>sent</c> or its <c>effective</c>, whichever is later): by the mode, never after the decision's own
    /// expiry, and always after <paramref name="from"/> unless the decision itself expires first.</summary>
    public DateTimeOffset ExpiresFor(Decision decision, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var candidate = Mode switch
        {
            CapExpiryMode.ReviewBy when decision.ReviewBy is { } review && review > from + ReissueMargin => review,
            CapExpiryMode.ReviewBy or CapExpiryMode.Fixed => from + Period,
        };
        return decision.ExpiresAt is { } expiry && expiry < candidate ? expiry : candidate;
    }
}
