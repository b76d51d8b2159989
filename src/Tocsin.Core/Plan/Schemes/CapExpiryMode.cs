namespace Tocsin.Core.Plan.Schemes;

/// <summary>Where a CAP message's <c>expires</c> comes from (see <see cref="CapExpiryPolicy"/>).</summary>
public enum CapExpiryMode
{
    /// <summary>A fixed period after the message is sent (or after the decision starts, if later).</summary>
    Fixed,

    /// <summary>The decision's review-by time, while it lies more than the re-issue margin ahead; otherwise
    /// (no review-by, or overdue for review) a fixed period.</summary>
    ReviewBy,
}
