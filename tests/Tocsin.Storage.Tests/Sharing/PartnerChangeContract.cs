using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>Contract: one administrative change to a partner (principal, profile, keys) is one transaction with one
/// audit entry; a refusal of any part keeps nothing of the others. Each engine derives a test class from it.</summary>
public abstract class PartnerChangeContract : StoreContractBase
{
    [Fact]
    public async Task Adding_a_partner_writes_principal_profile_and_key_under_one_audit_entry()
    {
        await using var db = await OpenAsync();
        var before = (await db.Store.Audit.HeadAsync(Ct))?.Sequence ?? 0;
        var key = ApiKey.Generate();

        var added = await db.Store.Sharing.ApplyPartnerChangeAsync(NewPartner("dgsi", key), Ct);
        var principal = await db.Store.FindPrincipalAsync("dgsi", Ct);
        var head = await db.Store.Audit.HeadAsync(Ct);

        Assert.Equal((PrincipalKind.Partner, "FRA", TlpLevel.Green, key.KeyId, before + 1, AuditActions.PartnerChange),
            (principal!.Kind, added.Value.Profile.Country, added.Value.Profile.Ceiling, added.Value.IssuedKeys.Single().KeyId, head!.Sequence, head.Action));
    }

    [Fact]
    public async Task A_new_partner_whose_key_is_refused_leaves_no_principal_no_profile_and_no_audit_entry()
    {
        await using var db = await OpenAsync();
        var user = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;
        var taken = ApiKey.Generate();
        (await db.Store.AddApiKeyAsync(user.Id, taken, null, Ct)).Value.ToString();
        var before = (await db.Store.Audit.HeadAsync(Ct))!.Sequence;

        // The principal and profile are written first; the key, written last, is refused.
        var refused = await db.Store.Sharing.ApplyPartnerChangeAsync(NewPartner("dgsi", taken), Ct);

        Assert.Equal(("api-key-taken", (Principal?)null, 0, before),
            (refused.Error?.Code, await db.Store.FindPrincipalAsync("dgsi", Ct), (await db.Store.Sharing.ListProfilesAsync(Ct)).Count,
                (await db.Store.Audit.HeadAsync(Ct))!.Sequence));
    }

    [Fact]
    public async Task A_profile_change_whose_key_revocation_is_refused_keeps_the_old_profile_and_issues_no_key()
    {
        await using var db = await OpenAsync();
        var partner = (await db.Store.Sharing.ApplyPartnerChangeAsync(NewPartner("dgsi", ApiKey.Generate()), Ct)).Value;
        var other = (await db.Store.Sharing.ApplyPartnerChangeAsync(NewPartner("bfv", ApiKey.Generate()), Ct)).Value;

        var refused = await db.Store.Sharing.ApplyPartnerChangeAsync(new PartnerChange("dgsi")
        {
            Profile = partner.Profile with { Ceiling = TlpLevel.Amber },
            IssueKeys = [new PartnerKeyIssue(ApiKey.Generate(), null)],
            RevokeKeyIds = [other.IssuedKeys[0].KeyId],
        }, Ct);
        var stored = await db.Store.Sharing.FindProfileAsync(partner.Principal.Id, Ct);
        var keys = await db.Store.ListApiKeysAsync(partner.Principal.Id, Ct);
        var otherKeys = await db.Store.ListApiKeysAsync(other.Principal.Id, Ct);

        Assert.Equal(("api-key-not-found", TlpLevel.Green, 1, (DateTimeOffset?)null),
            (refused.Error?.Code, stored!.Ceiling, keys.Count, otherKeys.Single().RevokedAt));
    }

    [Fact]
    public async Task A_key_expiring_in_the_past_is_refused_and_nothing_of_the_change_is_kept()
    {
        await using var db = await OpenAsync();
        var partner = (await db.Store.Sharing.ApplyPartnerChangeAsync(NewPartner("dgsi", ApiKey.Generate()), Ct)).Value;
        var key = partner.IssuedKeys[0].KeyId;

        var refused = await db.Store.Sharing.ApplyPartnerChangeAsync(new PartnerChange("dgsi")
        {
            RevokeKeyIds = [key],
            IssueKeys = [new PartnerKeyIssue(ApiKey.Generate(), TestStore.Start.AddMinutes(-1))],
        }, Ct);
        var keys = await db.Store.ListApiKeysAsync(partner.Principal.Id, Ct);

        Assert.Equal(("api-key-expiry-past", 1, (DateTimeOffset?)null), (refused.Error?.Code, keys.Count, keys[0].RevokedAt));
    }

    [Fact]
    public async Task Changing_a_user_or_an_unknown_name_as_a_partner_is_refused()
    {
        await using var db = await OpenAsync();
        (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value.ToString();

        var user = await db.Store.Sharing.ApplyPartnerChangeAsync(new PartnerChange("ana") { IssueKeys = [new PartnerKeyIssue(ApiKey.Generate(), null)] }, Ct);
        var unknown = await db.Store.Sharing.ApplyPartnerChangeAsync(new PartnerChange("nobody"), Ct);

        Assert.Equal(("partner-not-found", "partner-not-found", 0),
            (user.Error?.Code, unknown.Error?.Code, (await db.Store.ListApiKeysAsync((await db.Store.FindPrincipalAsync("ana", Ct))!.Id, Ct)).Count));
    }

    private static PartnerChange NewPartner(string name, ApiKey key) => new(name)
    {
        Creates = true,
        Profile = new PartnerProfile(Guid.Empty, name, "fra", TlpLevel.Green, ["EU"], []),
        IssueKeys = [new PartnerKeyIssue(key, null)],
    };
}
