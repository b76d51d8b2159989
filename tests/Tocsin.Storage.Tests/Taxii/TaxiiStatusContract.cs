using Tocsin.Core.Principals;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Tests.Taxii;

/// <summary>Contract: a TAXII status comes back whole to its poster, to nobody else, and only until it expires.</summary>
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

    private static async Task<Guid> AddPrincipalAsync(TestStore db, string name) =>
        (await db.Store.AddPrincipalAsync(name, PrincipalKind.User, [Role.Analyst], null, Ct)).Value.Id;

    private static TaxiiStatus Status(Guid owner, DateTimeOffset now) => new(
        Guid.NewGuid(), owner, now, now.AddHours(24),
        [new TaxiiStatusDetail("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2024-03-22T18:00:00.000Z", null)],
        [new TaxiiStatusDetail("indicator--1e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2024-03-22T18:00:00.000Z", "conflict")],
        []);
}
