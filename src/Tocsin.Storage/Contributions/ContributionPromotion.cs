using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Writing;

namespace Tocsin.Storage.Contributions;

/// <summary>Promotes a partner's contribution into our picture (docs/sharing.md "Partner contributions"): the one
/// service the API and the CLI both call. Verbatim, the partner's version enters the collection unchanged; derived, a
/// new object created by our organisation (the first identity of the sharing settings) carries the contribution's
/// content, with a <c>derived-from</c> relationship to the contribution's id, so that the partner's object is never
/// made to look like ours and ours never becomes a version of the partner's.</summary>
public static class ContributionPromotion
{
    // What a derived object never takes from the contribution: its identity and its versioning are ours.
    private static readonly HashSet<string> _notCopied = new(StringComparer.Ordinal)
    {
        "type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked",
    };

    /// <summary>Promotes the partner's visible contribution <paramref name="objectId"/> (of <paramref name="version"/>,
    /// its <c>modified</c>/<c>created</c> as written or its version key; the latest when null) into a collection.
    /// Fails with <c>contribution-not-found</c>, <c>organisation-not-set</c>, <c>promotion-type-refused</c>,
    /// <c>promotion-invalid</c> or <c>promotion-conflict</c>; nothing is written then.</summary>
    public static async Task<Result<Promotion>> PromoteAsync(ITocsinStore store, Guid partnerId, string objectId, string? version, Collection collection,
        PromotionMode mode, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(clock);
        var candidates = (await store.Contributions.ListAsync(partnerId, objectId, cancellationToken))
            .Where(c => !c.Deleted && (version is null || Matches(c.Object, version)))
            .OrderBy(c => c.Object.VersionTimestamp?.Instant ?? DateTimeOffset.MinValue).ThenBy(c => c.DateAdded.Microseconds)
            .ToList();
        if (candidates.Count == 0)
        {
            return ContributionErrors.NotFound(objectId);
        }

        var source = candidates[^1];
        var promoted = mode switch
        {
            PromotionMode.Verbatim => Result<IReadOnlyList<StixObject>>.Success([source.Object]),
            PromotionMode.Derived => await DeriveAsync(store, source.Object, clock, cancellationToken),
        };
        if (!promoted.IsSuccess)
        {
            return promoted.Error;
        }

        var stored = await store.Contributions.PromoteAsync(source, mode, collection.Id, promoted.Value, cancellationToken);
        return stored.IsSuccess ? new Promotion(source, mode, promoted.Value) : stored.Error;
    }

    private static bool Matches(StixObject stixObject, string version) =>
        string.Equals(stixObject.VersionKey, version, StringComparison.Ordinal)
        || string.Equals(stixObject.VersionTimestamp?.Text, version, StringComparison.Ordinal)
        || (StixTimestamp.TryParse(version, out var parsed) && stixObject.VersionTimestamp?.Instant == parsed.Instant);

    private static async Task<Result<IReadOnlyList<StixObject>>> DeriveAsync(ITocsinStore store, StixObject source, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (source.Category is not (StixObjectCategory.DomainObject or StixObjectCategory.RelationshipObject or StixObjectCategory.Custom))
        {
            return ContributionErrors.TypeRefused(source.Type);
        }

        var settings = await store.Sharing.GetSettingsAsync(cancellationToken);
        if (settings.OrganisationIdentityIds.Count == 0)
        {
            return ContributionErrors.OrganisationNotSet();
        }

        var ours = settings.OrganisationIdentityIds[0];
        var builder = StixObjectBuilder.Create(source.Type, clock).CreatedBy(ours);
        foreach (var (name, value) in JsonNode.Parse(source.Json.Span)!.AsObject())
        {
            if (!_notCopied.Contains(name) && value is not null)
            {
                builder.Set(name, value.DeepClone());
            }
        }

        var derived = builder.Build();
        var relationship = StixObjectBuilder.Create("relationship", clock)
            .CreatedBy(ours)
            .Set("relationship_type", "derived-from")
            .Set("source_ref", derived.Id)
            .Set("target_ref", source.Id);
        if (derived.ObjectMarkingRefs.Count > 0)
        {
            relationship.Set("object_marking_refs", derived.ObjectMarkingRefs);
        }

        return new List<StixObject> { derived, relationship.Build() };
    }
}
