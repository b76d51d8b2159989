using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sharing;

/// <summary>How a recomputed partner view differs from the stored one: the rows that leave it, the rows that
/// join it with their <c>date_added</c>, and the last stamp issued. Engines apply it under their write lock.</summary>
internal sealed record PartnerViewDiff(IReadOnlyList<long> Removed, IReadOnlyList<PartnerViewAddition> Added, long LastDateAdded)
{
    /// <summary>The rows of <paramref name="candidates"/> (our picture) that the reader's rule (<paramref name="ruleFor"/>,
    /// given the decision context) admits, merged in collection <c>date_added</c> order with the partner's own
    /// contributions <paramref name="own"/>, which it always receives back. The engine knows the fixed TLP markings
    /// and those of <paramref name="markings"/> created by our organisation: a marking definition made by anyone
    /// else is just data and lifts no restriction.</summary>
    public static List<long> Allowed(IEnumerable<byte[]> markings, IReadOnlyList<PartnerViewCandidate> candidates, IReadOnlyList<PartnerViewOwnRow> own,
        SharingSettings settings, NationalRules national, Func<SharingContext, IMarkingRule> ruleFor)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(own);
        var decisions = Decide(markings, [.. candidates.Select(c => StixObject.FromTrusted(c.Json))], settings, national, ruleFor);
        var allowed = candidates.Where((_, i) => decisions[i].IsAllowed).Select(c => (c.ObjectRow, c.DateAdded));
        return [.. allowed.Concat(own.Select(o => (o.ObjectRow, o.DateAdded))).OrderBy(r => r.DateAdded).Select(r => r.ObjectRow)];
    }

    /// <summary>The decision of the reader's rule on each of <paramref name="versions"/> (our picture's visible versions of a
    /// collection), in order: the one computation behind both the stored view and its explanation.</summary>
    public static IReadOnlyList<SharingDecision> Decide(IEnumerable<byte[]> markings, IReadOnlyList<StixObject> versions, SharingSettings settings,
        NationalRules national, Func<SharingContext, IMarkingRule> ruleFor)
    {
        ArgumentNullException.ThrowIfNull(markings);
        ArgumentNullException.ThrowIfNull(ruleFor);
        var ours = new SharingContext(settings, MarkingCatalogue.BuiltIn);
        var definitions = markings.Select(j => StixObject.FromTrusted(j)).Where(d => ours.IsOurs(d.CreatedByRef));
        var context = new SharingContext(settings, MarkingCatalogue.Create(definitions)) { National = national };
        return MarkingPolicy.DecideAll(versions, ruleFor(context), context);
    }

    /// <summary>Stamps each newly allowed row <c>max(now, last issued + 1 µs)</c>, so that <c>date_added</c> is
    /// strictly increasing in the view even when the clock stands still or goes back.</summary>
    /// <param name="allowed">The rows the policy admits now, in the collection's <c>date_added</c> order.</param>
    /// <param name="existing">The rows the stored view holds.</param>
    /// <param name="lastDateAdded">The last stamp issued in the view; null when it was never computed.</param>
    /// <param name="now">The clock, in microseconds since the Unix epoch.</param>
    public static PartnerViewDiff Compute(IReadOnlyList<long> allowed, IReadOnlyCollection<long> existing, long? lastDateAdded, long now)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(existing);
        var allowedSet = allowed.ToHashSet();
        var existingSet = existing.ToHashSet();
        var removed = existing.Where(r => !allowedSet.Contains(r)).ToList();
        var last = lastDateAdded ?? long.MinValue;
        var added = new List<PartnerViewAddition>();
        foreach (var row in allowed.Where(r => !existingSet.Contains(r)))
        {
            last = Math.Max(now, last + 1);
            added.Add(new PartnerViewAddition(row, last));
        }

        return new PartnerViewDiff(removed, added, Math.Max(last, 0));
    }
}
