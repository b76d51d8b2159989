using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;
using Tocsin.Storage.Taxii;

namespace Tocsin.Server.Taxii;

/// <summary>Objects (§5.3–§5.8): get and add objects, get and delete one object, its versions, and the manifest.</summary>
internal static class ObjectEndpoints
{
    /// <summary><c>GET …/collections/{id}/objects/</c>: an envelope of the matching versions in <c>date_added</c>
    /// order, with <c>more</c>/<c>next</c> and the date-added headers. Filters: added_after, limit, next,
    /// match[id|type|version|spec_version]. 200, 400, 401, 403 (no can_read), 404, 406.</summary>
    public static Task<Results<TaxiiPageResult, TaxiiErrorResult>> GetObjects(string root, string id, HttpContext http, TaxiiPager pager, CancellationToken cancellationToken) =>
        pager.PageAsync(http, root, id, null, TaxiiPageKind.Envelope, TaxiiFilters.Objects, cancellationToken);

    /// <summary><c>GET …/collections/{id}/manifest/</c>: one record (id, date_added, version, media_type) per
    /// matching version; same filters and codes as get objects.</summary>
    public static Task<Results<TaxiiPageResult, TaxiiErrorResult>> GetManifest(string root, string id, HttpContext http, TaxiiPager pager, CancellationToken cancellationToken) =>
        pager.PageAsync(http, root, id, null, TaxiiPageKind.Manifest, TaxiiFilters.Objects, cancellationToken);

    /// <summary><c>GET …/objects/{objectId}/</c>: an envelope of that object's matching versions. Filters:
    /// added_after, limit, next, match[version|spec_version]. 404 when the collection serves no version of it.</summary>
    public static Task<Results<TaxiiPageResult, TaxiiErrorResult>> GetObject(string root, string id, string objectId, HttpContext http, TaxiiPager pager, CancellationToken cancellationToken) =>
        pager.PageAsync(http, root, id, objectId, TaxiiPageKind.Envelope, TaxiiFilters.OneObject, cancellationToken);

    /// <summary><c>GET …/objects/{objectId}/versions/</c>: the object's version strings in <c>date_added</c>
    /// order. Filters: added_after, limit, next, match[spec_version]. 404 when it has none.</summary>
    public static Task<Results<TaxiiPageResult, TaxiiErrorResult>> GetVersions(string root, string id, string objectId, HttpContext http, TaxiiPager pager, CancellationToken cancellationToken) =>
        pager.PageAsync(http, root, id, objectId, TaxiiPageKind.Versions, TaxiiFilters.Versions, cancellationToken);

    /// <summary><c>POST …/collections/{id}/objects/</c>: validates and stores an envelope's objects in one
    /// write, and answers 202 with the status resource (successes, failures with the validation problems,
    /// pendings). An identical duplicate is a success; new content under an existing version is a failure.
    /// 400 (not an envelope), 401, 403 (no can_write), 404, 406, 413 (over max_content_length, or more objects than
    /// <c>Tocsin:Taxii:MaxObjectsPerEnvelope</c>), 415.</summary>
    public static async Task<Results<TaxiiResource<StatusResource>, TaxiiErrorResult>> AddObjects(
        string root, string id, HttpContext http, TaxiiAccess access, ITocsinStore store, TaxiiSettings settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var requested = clock.GetUtcNow();
        var target = await access.ResolveAsync(http.User, root, id, CollectionRights.Write, cancellationToken);
        if (!target.IsSuccess)
        {
            return TaxiiErrors.From(target.Error);
        }

        var envelope = await TaxiiEnvelopeReader.ReadAsync(http.Request, settings.MaxContentLength, cancellationToken);
        if (!envelope.IsSuccess)
        {
            return TaxiiErrors.From(envelope.Error);
        }

        if (envelope.Value.Objects.Count + envelope.Value.Unreadable.Count > settings.MaxObjectsPerEnvelope)
        {
            return TaxiiErrors.From(TaxiiErrors.TooManyObjects(settings.MaxObjectsPerEnvelope));
        }

        // A partner's objects are its contribution, never part of our picture (docs/sharing.md "Partner contributions").
        // The status is saved in the objects' write transaction: one commit per request, and never objects without
        // their status or a status without its objects.
        Func<ImportResult, TaxiiStatus> receipt = result =>
            TaxiiStatuses.From(target.Value.PrincipalId, requested, settings.StatusLifetime, result, envelope.Value.Unreadable);
        var status = target.Value.IsPartner
            ? await store.Contributions.AddAsync(target.Value.PrincipalId, target.Value.Collection.Id, envelope.Value.Objects, receipt, cancellationToken)
            : await store.AddObjectsAsync(target.Value.Collection.Id, envelope.Value.Objects, receipt, cancellationToken);
        return new TaxiiResource<StatusResource>(TaxiiStatuses.ToResource(status), StatusCodes.Status202Accepted);
    }

    /// <summary><c>DELETE …/objects/{objectId}/</c>: tombstones the selected versions (all of them unless
    /// match[version] says otherwise; match[spec_version] narrows further); history keeps them. Every partner's
    /// view of the collection is then refreshed. A partner deletes only versions of its own contribution.
    /// 200, 400, 401, 403 (no can_write), 404 (nothing to delete), 406.</summary>
    public static async Task<Results<Ok, TaxiiErrorResult>> DeleteObject(
        string root, string id, string objectId, HttpContext http, TaxiiAccess access, ITocsinStore store, ReadGate gate, CancellationToken cancellationToken)
    {
        var target = await access.ResolveAsync(http.User, root, id, CollectionRights.Write, cancellationToken);
        if (!target.IsSuccess)
        {
            return TaxiiErrors.From(target.Error);
        }

        var parsed = TaxiiQuery.Parse(http.Request.Query, TaxiiFilters.Delete, out _);
        if (!parsed.IsSuccess)
        {
            return TaxiiErrors.From(parsed.Error);
        }

        var versions = http.Request.Query.ContainsKey("match[version]") ? parsed.Value.Versions : VersionFilter.All;
        if (target.Value.IsPartner)
        {
            return await DeleteContributionAsync(store, gate, target.Value, objectId, versions, parsed.Value.SpecVersions, cancellationToken);
        }

        if (parsed.Value.SpecVersions.Count > 0)
        {
            versions = await NarrowToSpecVersionsAsync(store, target.Value.Collection.Id, objectId, versions, parsed.Value.SpecVersions, cancellationToken);
        }

        var deleted = versions is null ? 0 : await store.DeleteObjectAsync(target.Value.Collection.Id, objectId, versions, cancellationToken);
        if (deleted == 0)
        {
            return TaxiiErrors.From(TaxiiErrors.NotFound("object"));
        }

        await RefreshPartnerViewsAsync(store, gate, target.Value.Collection.Id, cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>A partner deletes only its own contribution: any other id, whatever the collection holds, gets the
    /// same 404 as an id nobody ever stored (docs/sharing.md "Partner contributions").</summary>
    private static async Task<Results<Ok, TaxiiErrorResult>> DeleteContributionAsync(
        ITocsinStore store, ReadGate gate, TaxiiTarget target, string objectId, VersionFilter versions, IReadOnlyList<string> specVersions, CancellationToken cancellationToken)
    {
        var deleted = await store.Contributions.DeleteAsync(target.PrincipalId, target.Collection.Id, objectId, versions, specVersions, cancellationToken);
        if (deleted == 0)
        {
            return TaxiiErrors.From(TaxiiErrors.NotFound("object"));
        }

        // Only this partner's view ever held its contribution.
        _ = await store.Sharing.RefreshViewAsync(ViewReader.Partner(target.PrincipalId, gate.National.Rules), target.Collection.Id, force: true, cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>Re-applies the sharing policy to every partner's view of the collection after a tombstone
    /// (docs/sharing.md): tombstoned versions are never served anyway, but an object that referred to a
    /// deleted one may now be withheld by the reference rule.</summary>
    private static async Task RefreshPartnerViewsAsync(ITocsinStore store, ReadGate gate, Guid collectionId, CancellationToken cancellationToken)
    {
        foreach (var partner in await store.Sharing.ListProfilesAsync(cancellationToken))
        {
            // A profile removed meanwhile has no view left to refresh: its failure changes nothing.
            _ = await store.Sharing.RefreshViewAsync(ViewReader.Partner(partner.PrincipalId, gate.National.Rules), collectionId, force: true, cancellationToken);
        }
    }

    /// <summary>The versions of <paramref name="versions"/> whose spec_version is listed, as explicit
    /// timestamps; null when none match. Versions without a timestamp (SCOs) keep the original filter.</summary>
    private static async Task<VersionFilter?> NarrowToSpecVersionsAsync(
        ITocsinStore store, Guid collectionId, string objectId, VersionFilter versions, IReadOnlyList<string> specVersions, CancellationToken cancellationToken)
    {
        var page = await store.QueryObjectsAsync(collectionId,
            new ObjectQuery { Ids = [objectId], Versions = versions, SpecVersions = specVersions, Limit = ObjectQuery.MaxLimit, Current = true }, cancellationToken);
        var items = page.IsSuccess ? page.Value.Items : [];
        if (items.Count == 0)
        {
            return null;
        }

        return items.All(i => i.Object.VersionTimestamp is not null)
            ? new VersionFilter { Timestamps = [.. items.Select(i => i.Object.VersionTimestamp!.Value)] }
            : versions;
    }
}
