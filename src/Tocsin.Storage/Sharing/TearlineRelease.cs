using Tocsin.Core;
using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Sharing;

/// <summary>Releases a tearline into a collection: reads the latest version of the original there, makes the
/// tearline with <see cref="Tearline.Create"/> as our organisation (the first identity of the sharing
/// settings), and stores the Tocsin sharing marking objects, the sanitised object and its
/// <c>derived-from</c> relationship in one import. Partner views pick it up on their next request.</summary>
public static class TearlineRelease
{
    /// <summary>The released objects, or <c>organisation-not-set</c>, <c>object-not-found</c>, the errors of
    /// <see cref="Tearline.Create"/>, or <c>tearline-not-stored</c> when the store refused the objects.</summary>
    public static async Task<Result<TearlineResult>> CreateAsync(ITocsinStore store, Collection collection, string objectId, Core.Stix.TlpLevel release,
        TearlineOptions? options, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(collection);
        var settings = await store.Sharing.GetSettingsAsync(cancellationToken);
        if (settings.OrganisationIdentityIds.Count == 0)
        {
            return new Error("organisation-not-set", "Set our organisation's identity first: tocsin partner policy --org identity--….");
        }

        var page = await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Ids = [objectId], Limit = 1 }, cancellationToken);
        if (!page.IsSuccess || page.Value.Items.Count == 0)
        {
            return new Error("object-not-found", $"No object '{objectId}' in collection '{collection.Alias}'.");
        }

        var markings = await store.QueryObjectsAsync(collection.Id,
            new ObjectQuery { Types = ["marking-definition"], Versions = VersionFilter.All, Limit = ObjectQuery.MaxLimit }, cancellationToken);
        var catalogue = MarkingCatalogue.Create(markings.IsSuccess ? markings.Value.Items.Select(i => i.Object) : []);
        var created = Tearline.Create(page.Value.Items[0].Object, clock, settings.OrganisationIdentityIds[0], release,
            (options ?? new TearlineOptions()) with { Markings = catalogue });
        if (!created.IsSuccess)
        {
            return created;
        }

        var stored = await store.AddObjectsAsync(collection.Id, [.. SharingMarkings.All, created.Value.Sanitised, created.Value.DerivedFrom], cancellationToken);
        var refused = stored.Outcomes.FirstOrDefault(o => !o.Succeeded);
        return refused is null ? created : new Error("tearline-not-stored", $"The store refused {refused.Id}: {refused.Kind}.");
    }
}
