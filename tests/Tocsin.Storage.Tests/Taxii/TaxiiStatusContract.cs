using System.Data.Common;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage.Taxii;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Taxii;

/// <summary>Contract: a TAXII status comes back whole to its poster, to nobody else, and only until it expires; saved
/// with a POST's objects, it commits with them or not at all.</summary>
public abstract class TaxiiStatusContract : StoreContractBase
{
    [Fact]
    public async Task A_status_comes_back_whole_to_its_poster()
    {
        await using var db = await OpenAsync();
        var owner = await AddPrincipalAsync(db, "poster");
        var status = Status(owner, db.Clock.GetUtcNow());
        await db.Store.TaxiiStatuses.SaveAsync(status, Ct);

        var found = await db.Store.TaxiiStatuses.FindAsync(status.Id, owner, Ct);

        Assert.Equivalent(status, found, strict: true);
    }

    [Fact]
    public async Task Another_principal_does_not_find_a_status()
    {
        await using var db = await OpenAsync();
        var owner = await AddPrincipalAsync(db, "poster");
        var other = await AddPrincipalAsync(db, "other");
        var status = Status(owner, db.Clock.GetUtcNow());
        await db.Store.TaxiiStatuses.SaveAsync(status, Ct);

        var found = await db.Store.TaxiiStatuses.FindAsync(status.Id, other, Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task A_status_is_gone_once_it_expires()
    {
        await using var db = await OpenAsync();
        var owner = await AddPrincipalAsync(db, "poster");
        var status = Status(owner, db.Clock.GetUtcNow());
        await db.Store.TaxiiStatuses.SaveAsync(status, Ct);

        db.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));

        Assert.Null(await db.Store.TaxiiStatuses.FindAsync(status.Id, owner, Ct));
    }

    [Fact]
    public async Task A_status_saved_with_the_objects_commits_with_them()
    {
        await using var db = await OpenAsync();
        var owner = await AddPrincipalAsync(db, "poster");
        var collection = await db.NewCollectionAsync();
        ImportResult? seen = null;

        var status = await db.Store.AddObjectsAsync(collection.Id, Indicators(3), result =>
        {
            seen = result;
            return Status(owner, db.Clock.GetUtcNow());
        }, Ct);

        Assert.Equal(3, seen!.Outcomes.Count(o => o.Kind == ObjectOutcomeKind.Added));
        Assert.Equal(3, (await db.AllAsync(collection)).Count);
        Assert.Equivalent(status, await db.Store.TaxiiStatuses.FindAsync(status.Id, owner, Ct), strict: true);
    }

    [Fact]
    public async Task A_status_is_saved_when_no_object_is_written_and_appends_no_audit_entry()
    {
        await using var db = await OpenAsync();
        var owner = await AddPrincipalAsync(db, "poster");
        var collection = await db.NewCollectionAsync();
        var head = (await db.Store.Audit.HeadAsync(Ct))?.Sequence;

        var status = await db.Store.AddObjectsAsync(collection.Id, [], _ => Status(owner, db.Clock.GetUtcNow()), Ct);

        Assert.NotNull(await db.Store.TaxiiStatuses.FindAsync(status.Id, owner, Ct));
        Assert.Equal(head, (await db.Store.Audit.HeadAsync(Ct))?.Sequence);
    }

    [Fact]
    public async Task A_write_whose_status_cannot_be_saved_leaves_no_objects_no_audit_entry_and_no_status()
    {
        await using var db = await OpenAsync();
        var owner = await AddPrincipalAsync(db, "poster");
        var collection = await db.NewCollectionAsync();
        var taken = Status(owner, db.Clock.GetUtcNow());
        await db.Store.TaxiiStatuses.SaveAsync(taken, Ct);
        var head = (await db.Store.Audit.HeadAsync(Ct))?.Sequence;
        var notAPrincipal = Status(Guid.NewGuid(), db.Clock.GetUtcNow());

        // The same status id twice, and an owner that is no principal: both inserts fail after the objects are written.
        await Assert.ThrowsAnyAsync<DbException>(() => db.Store.AddObjectsAsync(collection.Id, Indicators(3), _ => taken with { Failures = [] }, Ct));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Store.AddObjectsAsync(collection.Id, Indicators(3), _ => notAPrincipal, Ct));

        Assert.Empty(await db.AllAsync(collection));
        Assert.Equal(head, (await db.Store.Audit.HeadAsync(Ct))?.Sequence);
        Assert.Null(await db.Store.TaxiiStatuses.FindAsync(notAPrincipal.Id, notAPrincipal.OwnerId, Ct));
        Assert.Equivalent(taken, await db.Store.TaxiiStatuses.FindAsync(taken.Id, owner, Ct), strict: true);
    }

    [Fact]
    public async Task A_contribution_whose_status_cannot_be_saved_leaves_no_contribution_and_no_status()
    {
        await using var db = await OpenAsync();
        var partner = await AddPrincipalAsync(db, "partner");
        var collection = await db.NewCollectionAsync();
        var head = (await db.Store.Audit.HeadAsync(Ct))?.Sequence;
        var notAPrincipal = Status(Guid.NewGuid(), db.Clock.GetUtcNow());

        await Assert.ThrowsAnyAsync<DbException>(() => db.Store.Contributions.AddAsync(partner, collection.Id, Indicators(2), _ => notAPrincipal, Ct));

        Assert.Empty(await db.Store.Contributions.ListAsync(partner, null, Ct));
        Assert.Equal(head, (await db.Store.Audit.HeadAsync(Ct))?.Sequence);
        Assert.Null(await db.Store.TaxiiStatuses.FindAsync(notAPrincipal.Id, notAPrincipal.OwnerId, Ct));
    }

    private static StixObject[] Indicators(int count) => [.. Enumerable.Range(0, count).Select(_ => StixJson.Indicator().Build())];

    private static async Task<Guid> AddPrincipalAsync(TestStore db, string name) =>
        (await db.Store.AddPrincipalAsync(name, PrincipalKind.User, [Role.Analyst], null, Ct)).Value.Id;

    private static TaxiiStatus Status(Guid owner, DateTimeOffset now) => new(
        Guid.NewGuid(), owner, now, now.AddHours(24),
        [new TaxiiStatusDetail("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2024-03-22T18:00:00.000Z", null)],
        [new TaxiiStatusDetail("indicator--1e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2024-03-22T18:00:00.000Z", "conflict")],
        []);
}
