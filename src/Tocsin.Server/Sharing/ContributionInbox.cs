using System.Security.Claims;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Classification;
using Tocsin.Server.Taxii;
using Tocsin.Storage;
using Tocsin.Storage.Contributions;

namespace Tocsin.Server.Sharing;

/// <summary>Each partner's inbox of contributions and their promotion into our picture (docs/sharing.md "Partner
/// contributions"), as the API and the contributions page both use it. Refusals carry their kind: not found (partner,
/// contribution, collection), forbidden (not an analyst, or no write grant on the target), conflict, invalid.
/// A contributed version the reader is not cleared for is, to that reader, one that was never contributed
/// (docs/classification.md): it is not listed, and promoting it answers as for an unknown contribution.</summary>
public sealed class ContributionInbox(ITocsinStore store, TaxiiAccess access, ReadGate gate, ReadRecorder recorder, TimeProvider clock)
{
    /// <summary>The partners, by name.</summary>
    public async Task<IReadOnlyList<Principal>> PartnersAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListPrincipalsAsync(cancellationToken)).Where(p => p.Kind == PrincipalKind.Partner).OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>Every version the partner contributed that <paramref name="user"/> may read (deleted ones flagged),
    /// oldest first, optionally of one id, put on the read log under <paramref name="path"/>; <c>partner-not-found</c>
    /// for a name that is not a partner's.</summary>
    public async Task<Result<IReadOnlyList<Contribution>>> ListAsync(ClaimsPrincipal user, string partnerName, string? objectId, string path,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var partner = await FindPartnerAsync(partnerName, cancellationToken);
        if (!partner.IsSuccess)
        {
            return partner.Error;
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var readable = (await store.Contributions.ListAsync(partner.Value.Id, objectId, cancellationToken)).Where(c => reader.MayRead(c.Object)).ToList();
        await recorder.RecordAsync(reader, path, [.. readable.Select(c => c.Object)], cancellationToken);
        return readable;
    }

    /// <summary>Promotes a contribution as <paramref name="user"/>, audited. Only analysts promote; the target collection
    /// (default: the one it was contributed to) needs their write grant. Nothing is written on refusal.</summary>
    public async Task<Result<(Promotion Done, Collection Collection)>> PromoteAsync(ClaimsPrincipal user, string partnerName, string objectId,
        PromoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (!user.IsInRole(RoleNames.ToName(Role.Analyst)))
        {
            return new Error("promote-forbidden", "Only analysts promote partner contributions.").As(ErrorKind.Forbidden);
        }

        var mode = ContributionEndpoints.ParseMode(request.Mode);
        if (!mode.IsSuccess)
        {
            return mode.Error;
        }

        var partner = await FindPartnerAsync(partnerName, cancellationToken);
        if (!partner.IsSuccess)
        {
            return partner.Error;
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var contributed = (await store.Contributions.ListAsync(partner.Value.Id, objectId, cancellationToken)).Where(c => reader.MayRead(c.Object)).ToList();
        if (contributed.Count == 0)
        {
            return ContributionErrors.NotFound(objectId).As(ErrorKind.NotFound);
        }

        var collectionName = request.Collection ?? contributed.LastOrDefault(c => !c.Deleted)?.CollectionAlias;
        if (collectionName is null)
        {
            return ContributionErrors.NotFound(objectId).As(ErrorKind.NotFound);
        }

        var collection = await store.FindCollectionAsync(collectionName, cancellationToken);
        if (collection is null)
        {
            return new Error("collection-not-found", $"No collection '{collectionName}'.").As(ErrorKind.NotFound);
        }

        if (!(await access.RightsAsync(user, collection, cancellationToken)).HasFlag(CollectionRights.Write))
        {
            return new Error("collection-write-refused", $"You may not add objects to collection '{collection.Alias}'.").As(ErrorKind.Forbidden);
        }

        var promoted = await ContributionPromotion.PromoteAsync(store, partner.Value.Id, objectId, request.Version, collection, mode.Value, clock, cancellationToken);
        if (!promoted.IsSuccess)
        {
            return promoted.Error.Code switch
            {
                "contribution-not-found" => promoted.Error.As(ErrorKind.NotFound),
                "promotion-conflict" => promoted.Error.As(ErrorKind.Conflict),
                _ => promoted.Error,
            };
        }

        return (promoted.Value, collection);
    }

    private async Task<Result<Principal>> FindPartnerAsync(string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        return principal is { Kind: PrincipalKind.Partner } ? principal : ContributionErrors.PartnerNotFound(name).As(ErrorKind.NotFound);
    }
}
