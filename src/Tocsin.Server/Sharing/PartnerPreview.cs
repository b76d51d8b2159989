using System.Security.Claims;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Classification;
using Tocsin.Server.Ingest;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>"See as partner" (docs/partner-administration.md): a collection exactly as a partner receives it over TAXII,
/// computed by the store's own view computation (<see cref="ISharingStore.ExplainViewAsync"/>, the engine that fills the
/// partner's view), with the reason each withheld version is withheld. The policy is not re-implemented here.</summary>
/// <remarks>The administrator asking is a staff reader: a version over their clearance is left out of both lists exactly as
/// if the collection did not hold it, and every version shown is put on the read record before the answer.</remarks>
public sealed class PartnerPreview(ITocsinStore store, ReadGate gate, ReadRecorder recorder)
{
    /// <summary>The preview of <paramref name="collection"/> (id or alias; blank: the intelligence picture) for partner
    /// <paramref name="name"/>, read by <paramref name="user"/> through <paramref name="path"/> (<see cref="ReadPaths"/>).
    /// Refusals: <c>partner-not-found</c>, <c>collection-not-found</c>.</summary>
    public async Task<Result<PartnerPreviewResult>> ForAsync(ClaimsPrincipal user, string name, string? collection, string path,
        CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        var profile = principal is { Kind: PrincipalKind.Partner } ? await store.Sharing.FindProfileAsync(principal.Id, cancellationToken) : null;
        if (profile is null)
        {
            return SharingErrors.PartnerNotFound(name);
        }

        var alias = string.IsNullOrWhiteSpace(collection) ? DraftService.PictureCollectionAlias : collection.Trim();
        var found = await store.FindCollectionAsync(alias, cancellationToken);
        if (found is null)
        {
            return new Error("collection-not-found", $"No collection is named '{alias}'.");
        }

        var explained = await store.Sharing.ExplainViewAsync(ViewReader.Partner(profile.PrincipalId, gate.National.Rules), found.Id, cancellationToken);
        if (!explained.IsSuccess)
        {
            return explained.Error;
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var readable = reader.Visible([.. explained.Value.Select(d => d.Version)]).ToHashSet();
        var shown = explained.Value.Where(d => readable.Contains(d.Version)).ToList();
        var canRead = (await store.RightsAsync(found.Id, profile.PrincipalId, cancellationToken)).HasFlag(CollectionRights.Read);
        await recorder.RecordAsync(reader, path, [.. shown.Select(d => d.Version)], cancellationToken);
        var rows = shown.Select(d => new PreviewRow(d.Version, PreviewRow.ReasonOf(d.Decision, canRead), d.OwnContribution)).ToList();
        return new PartnerPreviewResult(profile, found, canRead, [.. rows.Where(r => r.Reason is null)], [.. rows.Where(r => r.Reason is not null)]);
    }
}
