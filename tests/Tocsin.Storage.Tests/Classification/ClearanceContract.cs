using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;

namespace Tocsin.Storage.Tests.Classification;

/// <summary>Contract: clearances are stored per staff member with a revision that only grows, audited with the
/// clearance before and after; a partner service or an unknown principal is refused and nothing is written.</summary>
public abstract class ClearanceContract : StoreContractBase
{
    [Fact]
    public async Task A_staff_member_without_a_row_has_no_stored_clearance()
    {
        await using var db = await OpenAsync();
        var ana = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;

        Assert.Null(await db.Store.Classification.FindClearanceAsync(ana.Id, Ct));
    }

    [Fact]
    public async Task A_clearance_is_stored_normalised_and_its_revision_grows_on_revoke()
    {
        await using var db = await OpenAsync();
        var ana = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;

        var granted = await db.Store.Classification.SetClearanceAsync(ana.Id, new Clearance("secret", ["op nord", "OP NORD", "alpha"]), Ct);
        var revoked = await db.Store.Classification.SetClearanceAsync(ana.Id, new Clearance("NON PROTÉGÉ", []), Ct);

        Assert.True(granted.IsSuccess);
        Assert.Equal("SECRET", granted.Value.Clearance.Level);
        Assert.Equal(["ALPHA", "OP NORD"], granted.Value.Clearance.Compartments);
        var stored = await db.Store.Classification.FindClearanceAsync(ana.Id, Ct);
        Assert.NotNull(stored);
        Assert.Equal("NON PROTÉGÉ", stored.Clearance.Level);
        Assert.Empty(stored.Clearance.Compartments);
        Assert.Equal(2, stored.Revision);
        Assert.Equal(revoked.Value.Revision, stored.Revision);
        Assert.Equal(["ana"], (await db.Store.Classification.ListClearancesAsync(Ct)).Select(c => c.Name));
    }

    [Fact]
    public async Task A_change_is_audited_with_before_and_after()
    {
        await using var db = await OpenAsync();
        var ana = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;
        await db.Store.Classification.SetClearanceAsync(ana.Id, new Clearance("SECRET", ["OP NORD"]), Ct);

        await db.Store.Classification.SetClearanceAsync(ana.Id, new Clearance("DIFFUSION RESTREINTE", []), Ct);

        var entries = new List<AuditEntry>();
        await foreach (var entry in db.Store.Audit.ReadAsync(1, 1000, Ct))
        {
            entries.Add(entry);
        }

        var changes = entries.Where(e => e.Action == AuditActions.ClearanceChange).ToList();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(ana.Id.ToString("D"), c.Subject));
        using var last = JsonDocument.Parse(changes[1].Details);
        Assert.Equal("SECRET", last.RootElement.GetProperty("before").GetProperty("level").GetString());
        Assert.Equal("OP NORD", last.RootElement.GetProperty("before").GetProperty("compartments")[0].GetString());
        Assert.Equal("DIFFUSION RESTREINTE", last.RootElement.GetProperty("after").GetProperty("level").GetString());
        using var first = JsonDocument.Parse(changes[0].Details);
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("before").ValueKind);
    }

    [Fact]
    public async Task A_partner_or_an_unknown_principal_is_refused_and_nothing_is_written()
    {
        await using var db = await OpenAsync();
        var partner = (await db.Store.AddPrincipalAsync("cert-de", PrincipalKind.Partner, [], null, Ct)).Value;
        var head = (await db.Store.Audit.HeadAsync(Ct))?.Sequence;

        var toPartner = await db.Store.Classification.SetClearanceAsync(partner.Id, new Clearance("SECRET", []), Ct);
        var toNobody = await db.Store.Classification.SetClearanceAsync(Guid.NewGuid(), new Clearance("SECRET", []), Ct);

        Assert.Equal("not-a-staff-member", toPartner.Error?.Code);
        Assert.Equal("principal-not-found", toNobody.Error?.Code);
        Assert.Null(await db.Store.Classification.FindClearanceAsync(partner.Id, Ct));
        Assert.Equal(head, (await db.Store.Audit.HeadAsync(Ct))?.Sequence);
    }
}
