using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sharing;

/// <summary>Releases a tearline into a collection: reads the latest version of the original there, makes the
/// tearline with <see cref="Tearline.Create"/> as our organisation (the first identity of the sharing
/// settings) from the analyst's released texts, and stores the Tocsin sharing marking objects, the sanitised
/// object and its <c>derived-from</c> relationship in one import. Partner views pick it up on their next
/// request. Used by the API and the CLI alike (docs/sharing.md, "Tearlines").</summary>
/// <remarks>The principal needs read and write grants on the collection, like a TAXII read of the original and
/// a TAXII write of the tearline: without any grant the collection is reported as not found, with a partial one
/// <c>collection-write-forbidden</c>. A tearline that releases any property as it stands is stored only when a
/// second principal, holding the approver role and a read grant on the collection, approves it; the requester's
/// grants are checked again then.</remarks>
public static class TearlineRelease
{
    /// <summary>The released tearline, or a pending request when properties are released as they stand.
    /// Refusals: <c>collection-not-found</c>, <c>collection-write-forbidden</c>, <c>organisation-not-set</c>,
    /// <c>object-not-found</c>, the errors of <see cref="Tearline.Create"/>, <c>tearline-not-stored</c>.</summary>
    public static Task<Result<TearlineOutcome>> CreateAsync(ITocsinStore store, Collection collection, string objectId, TlpLevel release,
        TearlineTexts texts, Principal analyst, TimeProvider clock, CancellationToken cancellationToken) =>
        CreateAsync(store, collection, objectId, release, texts, analyst, null, clock, cancellationToken);

    /// <summary>As <see cref="CreateAsync(ITocsinStore, Collection, string, TlpLevel, TearlineTexts, Principal, TimeProvider, CancellationToken)"/>
    /// for an analyst whose clearance admits only the versions <paramref name="mayRead"/> holds: an original it may not
    /// read is refused exactly as one the collection does not hold (<c>object-not-found</c>).</summary>
    public static async Task<Result<TearlineOutcome>> CreateAsync(ITocsinStore store, Collection collection, string objectId, TlpLevel release,
        TearlineTexts texts, Principal analyst, Func<StixObject, bool>? mayRead, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(analyst);
        ArgumentNullException.ThrowIfNull(clock);
        var built = await BuildAsync(store, collection, objectId, release, _ => texts, analyst, mayRead, clock, cancellationToken);
        if (!built.IsSuccess)
        {
            return built.Error;
        }

        if (built.Value.ReleasedAsTheyStand.Count == 0)
        {
            var stored = await StoreAsync(store, collection, built.Value, cancellationToken);
            return stored.IsSuccess ? new TearlineOutcome(stored.Value, null) : stored.Error;
        }

        var now = clock.GetUtcNow();
        var request = new TearlineRequest(Guid.CreateVersion7(now), collection.Id, objectId, release, texts, analyst.Id, now,
            TearlineRequestStatus.Pending, null, null, null);
        var added = await store.TearlineRequests.AddAsync(request, cancellationToken);
        return added.IsSuccess ? new TearlineOutcome(null, added.Value) : added.Error;
    }

    /// <summary>Approves a pending request as <paramref name="approver"/>: the tearline is made again from the
    /// latest version of the original and stored. Refusals: <c>tearline-request-not-found</c>,
    /// <c>tearline-request-decided</c>, <c>approver-role-required</c>, <c>same-person-cannot-approve</c>, and
    /// those of creating one.</summary>
    public static Task<Result<TearlineResult>> ApproveAsync(ITocsinStore store, Guid requestId, Principal approver, TimeProvider clock,
        CancellationToken cancellationToken) =>
        ApproveAsync(store, requestId, approver, null, clock, cancellationToken);

    /// <summary>As <see cref="ApproveAsync(ITocsinStore, Guid, Principal, TimeProvider, CancellationToken)"/> for an approver
    /// whose clearance admits only the versions <paramref name="mayRead"/> holds: a request whose original it may not read
    /// is, for it, a request that does not exist.</summary>
    public static async Task<Result<TearlineResult>> ApproveAsync(ITocsinStore store, Guid requestId, Principal approver, Func<StixObject, bool>? mayRead,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(approver);
        var request = await store.TearlineRequests.FindAsync(requestId, cancellationToken);
        if (request is null || (mayRead is not null && !await OriginalReadableAsync(store, request, mayRead, cancellationToken)))
        {
            return new Error("tearline-request-not-found", $"There is no tearline request {requestId}.");
        }

        if (request.Status != TearlineRequestStatus.Pending)
        {
            return new Error("tearline-request-decided", $"Tearline request {requestId} is no longer pending.");
        }

        if (!approver.Has(Role.Approver))
        {
            return new Error("approver-role-required", $"'{approver.Name}' does not hold the approver role.");
        }

        if (approver.Id == request.RequestedBy)
        {
            return new Error("same-person-cannot-approve", $"Tearline request {requestId} must be approved by someone other than who asked for it.");
        }

        var collection = (await store.ListCollectionsAsync(cancellationToken)).FirstOrDefault(c => c.Id == request.CollectionId);
        if (collection is null)
        {
            return new Error("collection-not-found", "The request's collection no longer exists.");
        }

        // The approver must see the original; the requester must still hold the grants the release needs.
        var refusal = await CheckRightsAsync(store, collection, approver, CollectionRights.Read, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var requester = (await store.ListPrincipalsAsync(cancellationToken)).FirstOrDefault(p => p.Id == request.RequestedBy);
        if (requester is null)
        {
            return new Error("collection-write-forbidden", "Who asked for this tearline is no longer a principal; ask again.");
        }

        var built = await BuildAsync(store, collection, request.ObjectId, request.Release, _ => request.Texts, requester, null, clock, cancellationToken);
        if (!built.IsSuccess)
        {
            return built.Error;
        }

        var marked = await store.TearlineRequests.MarkReleasedAsync(requestId, approver.Id, built.Value.Sanitised.Id, cancellationToken);
        if (!marked.IsSuccess)
        {
            return marked.Error;
        }

        return await StoreAsync(store, collection, built.Value, cancellationToken);
    }

    // The original's latest version in the request's collection, when there is one, decides; a missing original hides
    // nothing (the approval then fails as it would for anyone).
    private static async Task<bool> OriginalReadableAsync(ITocsinStore store, TearlineRequest request, Func<StixObject, bool> mayRead,
        CancellationToken cancellationToken)
    {
        var page = await store.QueryObjectsAsync(request.CollectionId, new ObjectQuery { Ids = [request.ObjectId], Limit = 1 }, cancellationToken);
        return !page.IsSuccess || page.Value.Items.Count == 0 || mayRead(page.Value.Items[0].Object);
    }

    /// <summary>The tearline <paramref name="analyst"/> would release of <paramref name="objectId"/> at <paramref name="release"/>,
    /// made but NOT stored, for showing who would receive it (its markings, not its text, decide that): every text
    /// property is taken as it stands, since the texts are not written yet. Refusals as for
    /// <see cref="CreateAsync(ITocsinStore, Collection, string, TlpLevel, TearlineTexts, Principal, Func{StixObject, bool}?, TimeProvider, CancellationToken)"/>
    /// except the text rules.</summary>
    public static Task<Result<TearlineResult>> PreviewAsync(ITocsinStore store, Collection collection, string objectId, TlpLevel release, Principal analyst,
        Func<StixObject, bool>? mayRead, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(analyst);
        return BuildAsync(store, collection, objectId, release, AllAsTheyStand, analyst, mayRead, clock, cancellationToken);
    }

    private static TearlineTexts AllAsTheyStand(StixObject original)
    {
        var texts = original.Root.EnumerateObject()
            .Where(p => TearlineTextRule.IsTextProperty(p.Name, System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText())))
            .Select(p => p.Name);
        return new TearlineTexts { AsTheyStand = texts.ToHashSet(StringComparer.Ordinal) };
    }

    private static async Task<Result<TearlineResult>> BuildAsync(ITocsinStore store, Collection collection, string objectId, TlpLevel release,
        Func<StixObject, TearlineTexts> textsFor, Principal principal, Func<StixObject, bool>? mayRead, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await CheckRightsAsync(store, collection, principal, CollectionRights.Read | CollectionRights.Write, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var settings = await store.Sharing.GetSettingsAsync(cancellationToken);
        if (settings.OrganisationIdentityIds.Count == 0)
        {
            return new Error("organisation-not-set", "Set our organisation's identity first: tocsin partner policy --org identity--….");
        }

        var page = await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Ids = [objectId], Limit = 1 }, cancellationToken);
        if (!page.IsSuccess || page.Value.Items.Count == 0 || (mayRead is not null && !mayRead(page.Value.Items[0].Object)))
        {
            return new Error("object-not-found", $"No object '{objectId}' in collection '{collection.Alias}'.");
        }

        var markings = await store.QueryObjectsAsync(collection.Id,
            new ObjectQuery { Types = ["marking-definition"], Versions = VersionFilter.All, Limit = ObjectQuery.MaxLimit }, cancellationToken);
        var catalogue = MarkingCatalogue.Create(markings.IsSuccess ? markings.Value.Items.Select(i => i.Object) : []);
        return Tearline.Create(page.Value.Items[0].Object, clock, settings.OrganisationIdentityIds[0], release,
            new TearlineOptions { Texts = textsFor(page.Value.Items[0].Object), Markings = catalogue });
    }

    /// <summary>Null when <paramref name="principal"/> holds <paramref name="needed"/> on the collection; otherwise
    /// <c>collection-not-found</c> without any grant (as for an unknown collection) or <c>collection-write-forbidden</c>.</summary>
    private static async Task<Error?> CheckRightsAsync(ITocsinStore store, Collection collection, Principal principal, CollectionRights needed, CancellationToken cancellationToken)
    {
        var rights = await store.RightsAsync(collection.Id, principal.Id, cancellationToken);
        return rights == CollectionRights.None ? new Error("collection-not-found", $"No collection '{collection.Alias}'.")
            : (rights & needed) != needed ? new Error("collection-write-forbidden", $"'{principal.Name}' needs {(needed.HasFlag(CollectionRights.Write) ? "read and write grants" : "a read grant")} on collection '{collection.Alias}' for this tearline.")
            : null;
    }

    private static async Task<Result<TearlineResult>> StoreAsync(ITocsinStore store, Collection collection, TearlineResult created, CancellationToken cancellationToken)
    {
        var stored = await store.AddObjectsAsync(collection.Id, [.. SharingMarkings.All, created.Sanitised, created.DerivedFrom], cancellationToken);
        var refused = stored.Outcomes.FirstOrDefault(o => !o.Succeeded);
        return refused is null ? created : new Error("tearline-not-stored", $"The store refused {refused.Id}: {refused.Kind}.");
    }
}
