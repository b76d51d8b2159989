using Tocsin.Core;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Classification;

/// <summary>Creating and listing national markings (docs/classification.md), written once for the API and the CLI: a
/// term is checked against the deployment's scale (levels, caveats) or the compartment name rules, and an existing
/// marking of the same kind and term created by our organisation is returned rather than duplicated. A new marking
/// is stored, with the classification extension-definition, in the collections given (every collection when none),
/// so that any reader of a marked object can resolve it.</summary>
public static class NationalMarkings
{
    /// <summary>The API and CLI spelling of a kind.</summary>
    public static string KindName(SharingMarkingKind kind) => kind switch
    {
        SharingMarkingKind.Classification => "classification",
        SharingMarkingKind.Caveat => "caveat",
        SharingMarkingKind.Compartment => "compartment",
        SharingMarkingKind.Tlp or SharingMarkingKind.RelTo or SharingMarkingKind.Recipients or SharingMarkingKind.Tearline
            or SharingMarkingKind.Neutral => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a national marking."),
    };

    /// <summary>The national markings of our picture created by one of <paramref name="ours"/>, by kind then term.</summary>
    public static async Task<IReadOnlyList<NationalMarking>> ListAsync(ITocsinStore store, IReadOnlyCollection<string> ours, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = new Dictionary<string, NationalMarking>(StringComparer.Ordinal);
        foreach (var definition in await store.Classification.MarkingDefinitionsAsync(cancellationToken))
        {
            if (definition.CreatedByRef is { } creator && ours.Contains(creator) && SharingMarkings.Read(definition) is { Term: { } term } marking
                && ClassificationMarkings.IsNational(marking))
            {
                found.TryAdd(definition.Id, new NationalMarking(definition.Id, marking.Kind, term, definition.Root.GetProperty("created").GetDateTimeOffset()));
            }
        }

        return [.. found.Values.OrderBy(m => m.Kind).ThenBy(m => m.Term, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>Checks <paramref name="request"/> against <paramref name="scale"/>: <c>classification-level-unknown</c>,
    /// <c>caveat-unknown</c> or <c>compartment-name-invalid</c>. The term as it will be stored on success.</summary>
    public static Result<string> Check(NationalMarkingRequest request, ClassificationScale scale)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scale);
        return request.Kind switch
        {
            SharingMarkingKind.Classification => scale.Find(request.Term) is { } level ? level : ClassificationErrors.LevelUnknown(request.Term, scale.Levels),
            SharingMarkingKind.Caveat => scale.FindCaveat(request.Term) is { } caveat ? caveat.Name
                : ClassificationErrors.CaveatUnknown(request.Term, [.. scale.Caveats.Select(c => c.Name)]),
            SharingMarkingKind.Compartment => ClassificationMarkings.IsCompartmentName(request.Term) ? ClassificationScale.Key(request.Term)
                : ClassificationErrors.CompartmentNameInvalid(request.Term),
            SharingMarkingKind.Tlp or SharingMarkingKind.RelTo or SharingMarkingKind.Recipients or SharingMarkingKind.Tearline
                or SharingMarkingKind.Neutral => new Error("marking-kind-invalid", "Give one of classification, caveat or compartment."),
        };
    }

    /// <summary>Creates the marking (or finds the existing one: <c>Created</c> false). Fails with the codes of
    /// <see cref="Check"/>, <c>collection-not-found</c> or <c>collection-required</c> (no collection exists); nothing is written then.</summary>
    /// <param name="store">The store.</param>
    /// <param name="request">What to create.</param>
    /// <param name="scale">The deployment's scale.</param>
    /// <param name="organisationIdentityId">Our organisation's identity: the marking's creator.</param>
    /// <param name="ours">Every identity of our organisation (an existing marking by any of them is reused).</param>
    /// <param name="collections">Collection ids or aliases to store it in; empty for every collection.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public static async Task<Result<(NationalMarking Marking, bool Created)>> CreateAsync(ITocsinStore store, NationalMarkingRequest request,
        ClassificationScale scale, string organisationIdentityId, IReadOnlyCollection<string> ours, IReadOnlyList<string> collections,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(collections);
        var term = Check(request, scale);
        if (!term.IsSuccess)
        {
            return term.Error;
        }

        var targets = new List<Collection>();
        foreach (var name in collections)
        {
            if (await store.FindCollectionAsync(name, cancellationToken) is not { } collection)
            {
                return new Error("collection-not-found", $"No collection has id or alias '{name}'.");
            }

            targets.Add(collection);
        }

        if (targets.Count == 0)
        {
            targets.AddRange(await store.ListCollectionsAsync(cancellationToken));
            if (targets.Count == 0)
            {
                return new Error("collection-required", "A marking is stored in collections, and there is none yet: create a collection first.")
                {
                    Kind = ErrorKind.Conflict,
                };
            }
        }

        var existing = (await ListAsync(store, ours, cancellationToken)).FirstOrDefault(m => m.Kind == request.Kind && m.Term == term.Value);
        if (existing is not null)
        {
            // Already defined: it joins the collections named, so that their readers can resolve it too.
            var stored = (await store.Classification.MarkingDefinitionsAsync(cancellationToken)).First(d => d.Id == existing.Id);
            await StoreAsync(store, targets, stored, cancellationToken);
            return (existing, false);
        }

        var definition = ClassificationMarkings.Create(request.Kind, term.Value, organisationIdentityId, clock);
        await StoreAsync(store, targets, definition, cancellationToken);
        return (new NationalMarking(definition.Id, request.Kind, term.Value, definition.Root.GetProperty("created").GetDateTimeOffset()), true);
    }

    private static async Task StoreAsync(ITocsinStore store, IReadOnlyList<Collection> targets, Core.Stix.StixObject definition, CancellationToken cancellationToken)
    {
        foreach (var collection in targets)
        {
            var result = await store.AddObjectsAsync(collection.Id, [ClassificationMarkings.ExtensionDefinition, definition], cancellationToken);
            if (result.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } failed)
            {
                // Our own freshly built objects: a refusal is a defect, never bad input.
                throw new InvalidOperationException($"The marking definition could not be stored: {failed.Kind} {string.Join("; ", failed.Issues.Select(i => i.Message))}.");
            }
        }
    }
}
