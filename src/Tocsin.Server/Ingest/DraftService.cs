using Tocsin.Core;
using Tocsin.Core.Ingest;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Drafts;

namespace Tocsin.Server.Ingest;

/// <summary>Ingest as the HTTP API, the analyst page and <c>tocsin ingest</c> all use it: drafts a report
/// into the <c>drafts</c> collection (never the picture) and records the draft; review then accepts items
/// into the picture (<see cref="DraftReview"/>). docs/ingest.md, "Review".</summary>
/// <remarks>Nothing is stored on error. The objects are written before the draft row: if the row cannot be
/// written, the objects are orphans in <c>drafts</c> and a retry drafts afresh with new ids, so a retry is
/// harmless and the picture is never touched.</remarks>
public sealed class DraftService(ITocsinStore store, TimeProvider clock, ServerSettings settings)
{
    /// <summary>The collection holding every drafted STIX object, created on first use.</summary>
    public const string DraftsCollectionAlias = "drafts";

    /// <summary>The collection accepted items go to when the analyst names none, created on first use.</summary>
    public const string PictureCollectionAlias = "picture";

    /// <summary>Drafts <paramref name="input"/> as <paramref name="principalId"/>, with our organisation as
    /// <c>created_by_ref</c> and the picture's threat actors and intrusion sets as known actors. Fails with the
    /// ingest codes (<see cref="IngestErrors"/>) or <c>draft-invalid</c>; nothing is stored then.</summary>
    /// <param name="input">The report.</param>
    /// <param name="principalId">Who drafts it.</param>
    /// <param name="mayRead">The creator's clearance: only actors of the picture it admits are reused (null: all).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Result<Draft>> CreateAsync(ReportInput input, Guid principalId, Func<StixObject, bool>? mayRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var known = await KnownActorsAsync(mayRead, cancellationToken);
        var drafted = ReportIngestor.Ingest(input with { CreatedByRef = settings.OrganizationIdentityId }, known, clock);
        if (!drafted.IsSuccess)
        {
            return drafted.Error;
        }

        var bundle = drafted.Value;
        StixObject[] objects = [IngestProvenance.ExtensionDefinition, .. bundle.Objects];
        if (FirstError(objects) is { } invalid)
        {
            return new Error("draft-invalid", $"The draft failed validation and was not stored: {invalid}");
        }

        var collection = await EnsureCollectionAsync(DraftsCollectionAlias, "Ingest drafts", cancellationToken);
        var written = await store.AddObjectsAsync(collection.Id, objects, cancellationToken);
        if (written.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } refused)
        {
            return new Error("draft-invalid", $"The draft object {refused.Id} was refused ({refused.Kind.ToString().ToLowerInvariant()}).");
        }

        var draft = new Draft(Guid.NewGuid(), principalId, clock.GetUtcNow(), input.Source.Trim(), input.Published, bundle.Language,
            bundle.Text, bundle.Report.Id, null, bundle.ToBundleBytes(), ItemsOf(bundle));
        return await store.Drafts.AddAsync(draft, cancellationToken);
    }

    /// <summary>The draft with this id, or null.</summary>
    public Task<Draft?> FindAsync(Guid id, CancellationToken cancellationToken) => store.Drafts.FindAsync(id, cancellationToken);

    /// <summary>The newest drafts first, at most <paramref name="limit"/> (1–1000), without their bundles.</summary>
    public Task<IReadOnlyList<Draft>> ListAsync(int limit, CancellationToken cancellationToken) => store.Drafts.ListAsync(limit, cancellationToken);

    /// <summary>The threat actors and intrusion sets of the picture, for the ingestor to reuse their ids.</summary>
    public async Task<IReadOnlyList<KnownActor>> KnownActorsAsync(Func<StixObject, bool>? mayRead, CancellationToken cancellationToken)
    {
        var picture = await store.FindCollectionAsync(PictureCollectionAlias, cancellationToken);
        var actors = new List<KnownActor>();
        string? cursor = null;
        while (picture is not null)
        {
            var page = (await store.QueryObjectsAsync(picture.Id,
                new ObjectQuery { Types = ["threat-actor", "intrusion-set"], Limit = ObjectQuery.MaxLimit, Cursor = cursor }, cancellationToken)).Value;
            actors.AddRange(page.Items.Where(i => !i.Deleted && !i.Object.Revoked && (mayRead is null || mayRead(i.Object)))
                .Select(i => ToKnownActor(i.Object)).OfType<KnownActor>());
            if (!page.More)
            {
                break;
            }

            cursor = page.Next;
        }

        return actors;
    }

    /// <summary>The collection with this alias, created when missing (a concurrent creation is taken as is).</summary>
    internal async Task<Collection> EnsureCollectionAsync(string alias, string title, CancellationToken cancellationToken)
    {
        if (await store.FindCollectionAsync(alias, cancellationToken) is { } existing)
        {
            return existing;
        }

        var created = await store.AddCollectionAsync(alias, title, null, cancellationToken);
        return created.IsSuccess
            ? created.Value
            : await store.FindCollectionAsync(alias, cancellationToken) ?? throw new InvalidOperationException(created.Error.Message);
    }

    /// <summary>The first validation error of any object, as text, or null when all are valid.</summary>
    internal static string? FirstError(IEnumerable<StixObject> objects) =>
        objects.SelectMany(StixValidator.Validate).FirstOrDefault(i => i.Severity == ValidationSeverity.Error)?.ToString();

    private static DraftItemState[] ItemsOf(DraftBundle bundle) =>
        [.. bundle.Items.GroupBy(i => i.Id, StringComparer.Ordinal).Select(group =>
        {
            var item = group.First();
            return new DraftItemState(item.Id, item.Field, item.Object?.Type ?? TypeOf(item.Id), item.Label, group.Max(i => i.Confidence),
                [.. group.SelectMany(i => i.Spans).Distinct().OrderBy(s => s.Start)], item.Object is null, DraftItemStatus.Pending,
                null, null, null, null);
        })];

    private static string TypeOf(string id)
    {
        var separator = id.IndexOf("--", StringComparison.Ordinal);
        return separator < 0 ? id : id[..separator];
    }

    private static KnownActor? ToKnownActor(StixObject actor)
    {
        if (!actor.Root.TryGetProperty("name", out var name) || name.ValueKind != System.Text.Json.JsonValueKind.String)
        {
            return null;
        }

        var aliases = actor.Root.TryGetProperty("aliases", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
            ? list.EnumerateArray().Where(a => a.ValueKind == System.Text.Json.JsonValueKind.String).Select(a => a.GetString()!).ToList()
            : [];
        return new KnownActor(actor.Id, name.GetString()!, aliases);
    }
}
