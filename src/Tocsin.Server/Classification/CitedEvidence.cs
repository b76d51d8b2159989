using System.Security.Claims;
using Tocsin.Core;

namespace Tocsin.Server.Classification;

/// <summary>The evidence a proposal cites, as its proposer may read it. A cited id the proposer is not cleared for is
/// refused exactly as an id the store does not hold (<c>evidence-unknown</c>, the same words), so proposing, or
/// previewing a proposal, can never be used to learn whether a withheld object exists.</summary>
public sealed class CitedEvidence(ReadGate gate, ClearedPicture picture)
{
    /// <summary>Null when <paramref name="user"/> may read every one of <paramref name="ids"/>; else the refusal
    /// naming the first that it may not read or that is not held.</summary>
    public async Task<Error?> RefusalAsync(ClaimsPrincipal user, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return null;
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var readable = (await picture.ReadableAsync(reader, ids, cancellationToken)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return ids.FirstOrDefault(id => !readable.Contains(id)) is { } first
            ? new Error("evidence-unknown", $"The evidence '{first}' is not an object in the store.")
            : null;
    }
}
