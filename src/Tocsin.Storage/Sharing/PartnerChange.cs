using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Sharing;

/// <summary>One administrative change to a partner service, written by <see cref="ISharingStore.ApplyPartnerChangeAsync"/>
/// in one transaction: either all of it is kept, or none of it.</summary>
/// <param name="Name">The partner's principal name.</param>
public sealed record PartnerChange(string Name)
{
    /// <summary>True to create the partner principal; false to change an existing partner.</summary>
    public bool Creates { get; init; }

    /// <summary>The profile to store (normalised by <see cref="PartnerProfileRules.Normalise"/>); null keeps the stored one.
    /// Its principal id and name are taken from the partner, whatever they hold.</summary>
    public PartnerProfile? Profile { get; init; }

    /// <summary>Keys to issue, each with an optional expiry.</summary>
    public IReadOnlyList<PartnerKeyIssue> IssueKeys { get; init; } = [];

    /// <summary>Key ids to revoke; each must belong to this partner.</summary>
    public IReadOnlyList<string> RevokeKeyIds { get; init; } = [];
}
