namespace Tocsin.Core.Signing;

/// <summary>The public keys a signature may be checked against, looked up by kid. Built from a
/// <see cref="KeySet"/> (<see cref="KeySet.ForVerification"/>) or read from a published JWKS
/// (<see cref="JsonWebKeySet.Read"/>). Holds no private key material by construction.</summary>
public sealed class VerificationKeys
{
    private readonly Dictionary<string, VerificationKey> _byKid;

    /// <summary>A set of <paramref name="keys"/>, in the order given (current key first).</summary>
    /// <exception cref="ArgumentException">Two keys share a kid.</exception>
    public VerificationKeys(IEnumerable<VerificationKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = [.. keys];
        _byKid = new Dictionary<string, VerificationKey>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            if (!_byKid.TryAdd(key.Kid, key))
            {
                throw new ArgumentException($"Two keys share the kid '{key.Kid}'.", nameof(keys));
            }
        }
    }

    /// <summary>Every key, current first.</summary>
    public IReadOnlyList<VerificationKey> Keys { get; }

    /// <summary>The key with this kid (compared ordinally), or null.</summary>
    public VerificationKey? Find(string kid) => _byKid.GetValueOrDefault(kid);
}
