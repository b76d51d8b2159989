using Tocsin.Core;
using Tocsin.Core.Ingest;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;
using Tocsin.Storage;
using Tocsin.Storage.Drafts;

namespace Tocsin.Server.Ingest;

/// <summary>An analyst's review of a draft: accepting an item writes it into the picture (or a named
/// collection) as a new version created by our organisation, validated like every write; the first accept
/// also stores the draft's report there, so every accepted object keeps its link to the report
/// (<c>report_ref</c> of the provenance extension, and the report's <c>object_refs</c>). Dropping writes
/// nothing but the decision.</summary>
public sealed class DraftReview(ITocsinStore store, TimeProvider clock, ServerSettings settings, DraftService drafts)
{
    /// <summary>Accepts an item as <paramref name="principalId"/>. Fails with <c>draft-not-found</c>,
    /// <c>draft-item-not-found</c>, <c>draft-item-not-pending</c>, <c>collection-not-found</c> (also without any
    /// grant on it), <c>collection-write-forbidden</c> (a grant without write; administrators may write anywhere),
    /// <c>admiralty-grade</c>, <c>draft-item-not-assertion</c> (a grade for something else),
    /// <c>draft-item-existing</c> (a correction of an object already in the store),
    /// <c>draft-item-mismatch</c>, <c>draft-item-invalid</c> (validation errors) or <c>conflict</c>; nothing
    /// is written then.</summary>
    public async Task<Result<DraftItemState>> AcceptAsync(Guid draftId, string itemId, AcceptRequest request, Guid principalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await PendingAsync(draftId, itemId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (draft, item) = found.Value;
        var grade = ParseGrade(request.Grade, item);
        if (!grade.IsSuccess)
        {
            return grade.Error;
        }

        var target = await TargetAsync(request.Collection, cancellationToken);
        var rights = target is null ? CollectionRights.None : await RightsAsync(target, principalId, cancellationToken);
        if (target is null || rights == CollectionRights.None)
        {
            // No grant answers exactly as an unknown collection, like TAXII, so aliases do not leak.
            return new Error("collection-not-found", $"No collection with id or alias '{request.Collection}'.");
        }

        if (!rights.HasFlag(CollectionRights.Write))
        {
            return new Error("collection-write-forbidden", $"You may not add objects to collection '{target.Alias}' (no write grant).");
        }

        var drafted = StixBundleReader.ReadAll(draft.Bundle).Select(r => r.Object).OfType<StixObject>().ToDictionary(o => o.Id, StringComparer.Ordinal);
        StixObject? accepted = null;
        if (item.Existing)
        {
            if (request.Object is not null)
            {
                return new Error("draft-item-existing", $"'{item.Id}' is already in the store; correct it there, not through a draft.");
            }
        }
        else
        {
            var built = AcceptedObject.Build(drafted[item.Id], request.Object, settings.OrganizationIdentityId, grade.Value, clock.GetUtcNow());
            if (!built.IsSuccess)
            {
                return built.Error;
            }

            accepted = built.Value;
            if (DraftService.FirstError([accepted]) is { } invalid)
            {
                return new Error("draft-item-invalid", $"The accepted object is not valid STIX: {invalid}");
            }
        }

        var written = await WriteAsync(draft, target, accepted, drafted, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        return await store.Drafts.DecideAsync(draftId, itemId,
            new DraftDecision(DraftItemStatus.Accepted, principalId, item.Id, accepted?.Modified?.Text), cancellationToken);
    }

    /// <summary>Drops an item as <paramref name="principalId"/>: nothing is written but the decision. Fails with
    /// <c>draft-not-found</c>, <c>draft-item-not-found</c> or <c>draft-item-not-pending</c>.</summary>
    public Task<Result<DraftItemState>> DropAsync(Guid draftId, string itemId, Guid principalId, CancellationToken cancellationToken) =>
        store.Drafts.DecideAsync(draftId, itemId, new DraftDecision(DraftItemStatus.Dropped, principalId), cancellationToken);

    private async Task<Result<(Draft Draft, DraftItemState Item)>> PendingAsync(Guid draftId, string itemId, CancellationToken cancellationToken)
    {
        var draft = await store.Drafts.FindAsync(draftId, cancellationToken);
        if (draft is null)
        {
            return DraftErrors.NotFound(draftId);
        }

        var item = draft.Item(itemId);
        if (item is null)
        {
            return DraftErrors.ItemNotFound(draftId, itemId);
        }

        return item.Status == DraftItemStatus.Pending ? (draft, item) : DraftErrors.NotPending(itemId, item.Status);
    }

    private static Result<AdmiraltyGrade?> ParseGrade(string? text, DraftItemState item)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<AdmiraltyGrade?>.Success(null);
        }

        if (item.Field is not (DraftField.Claim or DraftField.Attribution))
        {
            return new Error("draft-item-not-assertion", $"Only claims and attributions are graded; '{item.Id}' is a {item.Field.ToString().ToLowerInvariant()}.");
        }

        var grade = AdmiraltyGrade.Parse(text.Trim());
        return grade.IsSuccess ? grade.Value : grade.Error;
    }

    /// <summary>The principal's rights on the collection, like a TAXII write: its grant, or everything for an
    /// administrator.</summary>
    private async Task<CollectionRights> RightsAsync(Collection collection, Guid principalId, CancellationToken cancellationToken)
    {
        var principal = (await store.ListPrincipalsAsync(cancellationToken)).FirstOrDefault(p => p.Id == principalId);
        return principal?.Has(Role.Admin) == true
            ? CollectionRights.Read | CollectionRights.Write
            : await store.RightsAsync(collection.Id, principalId, cancellationToken);
    }

    private async Task<Collection?> TargetAsync(string? idOrAlias, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(idOrAlias) || idOrAlias == DraftService.PictureCollectionAlias
            ? await drafts.EnsureCollectionAsync(DraftService.PictureCollectionAlias, "Intelligence picture", cancellationToken)
            : await store.FindCollectionAsync(idOrAlias, cancellationToken);

    /// <summary>Writes the accepted object, preceded on the first accept by the provenance extension definition
    /// and the report (as drafted), in one store transaction.</summary>
    private async Task<Result<Unit>> WriteAsync(Draft draft, Collection target, StixObject? accepted,
        Dictionary<string, StixObject> drafted, CancellationToken cancellationToken)
    {
        var report = drafted[draft.ReportId];
        var objects = new List<StixObject>(3);
        if (draft.ReportAcceptedVersion is null)
        {
            objects.Add(IngestProvenance.ExtensionDefinition);
            objects.Add(report);
        }

        if (accepted is not null)
        {
            objects.Add(accepted);
        }

        if (objects.Count == 0)
        {
            return Unit.Value;
        }

        var result = await store.AddObjectsAsync(target.Id, objects, cancellationToken);
        if (result.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } refused)
        {
            return refused.Kind == ObjectOutcomeKind.Conflict
                ? new Error("conflict", $"{refused.Id} version {refused.Version} is already stored with different content.")
                : new Error("draft-item-invalid", $"{refused.Id} was refused: {refused.Issues.FirstOrDefault(i => i.Severity == ValidationSeverity.Error)}");
        }

        if (draft.ReportAcceptedVersion is null)
        {
            await store.Drafts.MarkReportAcceptedAsync(draft.Id, report.Modified?.Text ?? report.VersionKey, cancellationToken);
        }

        return Unit.Value;
    }
}
