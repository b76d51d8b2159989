namespace Tocsin.Core.Signing;

/// <summary>The server's signing keys: one <see cref="Current"/> key that signs, and retired keys
/// still published, until their <see cref="SigningKey.PublishedUntil"/>, so that what they signed can
/// still be verified. Immutable: rotation returns a new set.</summary>
public sealed record KeySet
{
    /// <summary>A set whose only key is <paramref name="first"/>.</summary>
    public KeySet(SigningKey first)
    {
        ArgumentNullException.ThrowIfNull(first);
        Current = first;
    }

    /// <summary>The key that signs everything from now on.</summary>
    public SigningKey Current { get; private init; }

    /// <summary>Earlier keys, most recently retired first.</summary>
    public IReadOnlyList<SigningKey> Retired { get; private init; } = [];

    /// <summary>The set with <paramref name="current"/> signing and <paramref name="retired"/> as given
    /// (e.g. read back from storage).</summary>
    /// <exception cref="ArgumentException">A retired key lacks its retirement times, or two keys share a kid.</exception>
    public static KeySet Restore(SigningKey current, IEnumerable<SigningKey> retired)
    {
        ArgumentNullException.ThrowIfNull(current);
        var list = retired.ToList();
        if (list.Any(k => k.Retired is null || k.PublishedUntil is null))
        {
            throw new ArgumentException("Every retired key needs Retired and PublishedUntil.", nameof(retired));
        }

        if (list.Select(k => k.Kid).Append(current.Kid).Distinct(StringComparer.Ordinal).Count() != list.Count + 1)
        {
            throw new ArgumentException("Two keys share a kid.", nameof(retired));
        }

        return new KeySet(current) { Retired = list };
    }

    /// <summary>Makes <paramref name="next"/> the current key. The previous current key is retired at
    /// <paramref name="now"/> and stays published for <paramref name="keepPublished"/>; retired keys
    /// whose publication already ended are dropped.</summary>
    /// <exception cref="ArgumentException"><paramref name="next"/> is already in the set.</exception>
    public KeySet Rotate(SigningKey next, DateTimeOffset now, TimeSpan keepPublished)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepPublished, TimeSpan.Zero);
        if (next.Kid == Current.Kid || Retired.Any(k => k.Kid == next.Kid))
        {
            throw new ArgumentException($"Key '{next.Kid}' is already in the set.", nameof(next));
        }

        var retiring = Current with { Retired = now, PublishedUntil = now + keepPublished };
        return new KeySet(next with { Retired = null, PublishedUntil = null })
        {
            Retired = [retiring, .. Retired.Where(k => k.PublishedUntil > now)],
        };
    }

    /// <summary>The public keys to publish and verify with at <paramref name="now"/>: the current key,
    /// then each retired key whose publication has not ended.</summary>
    public VerificationKeys ForVerification(DateTimeOffset now) =>
        new(Retired.Where(k => k.PublishedUntil > now).Prepend(Current).Select(k => k.PublicKey));
}
