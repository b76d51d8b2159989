using System.Security.Claims;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>"Who will receive it": for a tearline not yet released, each partner and whether it would receive the
/// tearline at the chosen marking. The tearline is made as it would be released (<see cref="TearlineRelease.PreviewAsync"/>,
/// never stored) and judged by the partner view's own computation (<see cref="ISharingStore.ExplainCandidatesAsync"/>),
/// the one "see as partner" and TAXII use: the sharing rules are not re-implemented here.</summary>
public sealed class TearlineAudience(ITocsinStore store, ReadGate gate, TimeProvider clock)
{
    /// <summary>Every partner with a sharing profile, by name, with the reason code it would not receive the tearline of
    /// <paramref name="objectId"/> in <paramref name="collection"/> released at <paramref name="release"/> (null: it would).
    /// Refusals as for releasing it (<c>collection-not-found</c>, <c>collection-write-forbidden</c>, <c>object-not-found</c>
    /// for an original over the caller's clearance, <c>organisation-not-set</c>, the tearline's own), the text rules aside.</summary>
    public async Task<Result<IReadOnlyList<AudienceRow>>> ForAsync(ClaimsPrincipal user, Collection collection, string objectId, TlpLevel release,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var analyst = user.Identity?.Name is { } name ? await store.FindPrincipalAsync(name, cancellationToken) : null;
        if (analyst is null)
        {
            return new Error("collection-not-found", $"No collection '{collection.Alias}'.");
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var tearline = await TearlineRelease.PreviewAsync(store, collection, objectId, release, analyst, reader.MayRead, clock, cancellationToken);
        if (!tearline.IsSuccess)
        {
            return tearline.Error;
        }

        var rows = new List<AudienceRow>();
        foreach (var profile in await store.Sharing.ListProfilesAsync(cancellationToken))
        {
            var decided = await store.Sharing.ExplainCandidatesAsync(ViewReader.Partner(profile.PrincipalId, gate.National.Rules), collection.Id,
                [tearline.Value.Sanitised, tearline.Value.DerivedFrom], cancellationToken);
            if (!decided.IsSuccess)
            {
                return decided.Error;
            }

            var canRead = (await store.RightsAsync(collection.Id, profile.PrincipalId, cancellationToken)).HasFlag(CollectionRights.Read);
            rows.Add(new AudienceRow(profile.Name, profile.Country, PreviewRow.ReasonOf(decided.Value[0], canRead)));
        }

        return rows;
    }
}
