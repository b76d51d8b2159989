using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Principals;

/// <summary>Contract: disabling a user, audited, its keys opening nothing meanwhile, and never the last enabled
/// administrator. Each engine derives a test class from it.</summary>
public abstract class DisabledUserContract : StoreContractBase
{
    [Fact]
    public async Task A_disabled_users_key_opens_nothing_until_it_is_enabled_again()
    {
        await using var db = await OpenAsync();
        await AddAsync(db, Role.Admin);
        var (name, key) = await AddAsync(db, Role.Analyst);

        var disabled = await db.Store.SetPrincipalDisabledAsync(name, disabled: true, Ct);
        var whileDisabled = await db.Store.FindByApiKeyAsync(key.Plaintext, Ct);
        await db.Store.SetPrincipalDisabledAsync(name, disabled: false, Ct);

        Assert.Equal((true, true, (Principal?)null, name),
            (disabled.Value.DisabledAt is not null, (await db.Store.FindPrincipalAsync(name, Ct))!.DisabledAt is null, whileDisabled,
                (await db.Store.FindByApiKeyAsync(key.Plaintext, Ct))?.Name));
    }

    [Fact]
    public async Task Disabling_and_enabling_are_audited_once_each()
    {
        await using var db = await OpenAsync();
        await AddAsync(db, Role.Admin);
        var (name, _) = await AddAsync(db, Role.Approver);

        await db.Store.SetPrincipalDisabledAsync(name, disabled: true, Ct);
        await db.Store.SetPrincipalDisabledAsync(name, disabled: true, Ct);
        await db.Store.SetPrincipalDisabledAsync(name, disabled: false, Ct);

        var actions = new List<string>();
        await foreach (var entry in db.Store.Audit.ReadAsync(0, 10_000, Ct))
        {
            if (entry.Action is AuditActions.PrincipalDisable or AuditActions.PrincipalEnable)
            {
                actions.Add(entry.Action);
            }
        }

        Assert.Equal([AuditActions.PrincipalDisable, AuditActions.PrincipalEnable], actions);
    }

    [Fact]
    public async Task The_last_enabled_administrator_cannot_be_disabled()
    {
        await using var db = await OpenAsync();
        var (first, _) = await AddAsync(db, Role.Admin);
        var (second, _) = await AddAsync(db, Role.Admin);

        var one = await db.Store.SetPrincipalDisabledAsync(first, disabled: true, Ct);
        var last = await db.Store.SetPrincipalDisabledAsync(second, disabled: true, Ct);

        Assert.Equal((true, "last-admin", (DateTimeOffset?)null),
            (one.IsSuccess, last.Error?.Code, (await db.Store.FindPrincipalAsync(second, Ct))!.DisabledAt));
    }

    [Fact]
    public async Task Disabling_an_unknown_user_or_a_partner_is_not_found()
    {
        await using var db = await OpenAsync();
        var partner = Some.Alias("partner");
        await db.Store.AddPrincipalAsync(partner, PrincipalKind.Partner, [], null, Ct);

        var unknown = await db.Store.SetPrincipalDisabledAsync(Some.Alias("nobody"), disabled: true, Ct);
        var service = await db.Store.SetPrincipalDisabledAsync(partner, disabled: true, Ct);

        Assert.Equal(("principal-not-found", "principal-not-found"), (unknown.Error?.Code, service.Error?.Code));
    }

    private static async Task<(string Name, ApiKey Key)> AddAsync(TestStore db, Role role)
    {
        var name = Some.Alias("user");
        var principal = (await db.Store.AddPrincipalAsync(name, PrincipalKind.User, [role], null, Ct)).Value;
        var key = ApiKey.Generate();
        Assert.True((await db.Store.AddApiKeyAsync(principal.Id, key, null, null, Ct)).IsSuccess);
        return (name, key);
    }
}
