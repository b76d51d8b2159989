using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Storage.Factors;

namespace Tocsin.Storage.Tests.Factors;

/// <summary>Contract: second factors come back as written, each use is accepted once only, and a reset removes
/// everything, audited.</summary>
public abstract class SecondFactorContract : StoreContractBase
{
    [Fact]
    public async Task Holding_any_factor_is_a_totp_secret_or_a_passkey_of_that_principal_not_recovery_codes_alone()
    {
        await using var db = await OpenAsync();
        var person = await AddUserAsync(db);
        var other = await AddUserAsync(db);
        await db.Store.SecondFactors.ReplaceRecoveryCodesAsync(person, [("AAAA", "hash-a")], Ct);
        Assert.False(await db.Store.SecondFactors.HoldsAnyAsync(person, Ct));

        Assert.True((await db.Store.SecondFactors.AddPasskeyAsync(new Passkey("a2V5", person, [9], 0, "key", default, null), Ct)).IsSuccess);
        Assert.True(await db.Store.SecondFactors.HoldsAnyAsync(person, Ct));
        Assert.False(await db.Store.SecondFactors.HoldsAnyAsync(other, Ct));

        await db.Store.SecondFactors.SetTotpAsync(person, "protected-secret", 1, Ct);
        Assert.True(await db.Store.SecondFactors.RemovePasskeyAsync(person, "a2V5", Ct));
        Assert.True(await db.Store.SecondFactors.HoldsAnyAsync(person, Ct));

        Assert.True(await db.Store.SecondFactors.RemoveTotpAsync(person, Ct));
        Assert.False(await db.Store.SecondFactors.HoldsAnyAsync(person, Ct));
        Assert.Equal((await db.Store.SecondFactors.SummaryAsync(person, Ct)).Any, await db.Store.SecondFactors.HoldsAnyAsync(person, Ct));
    }

    [Fact]
    public async Task A_totp_factor_comes_back_and_a_step_is_used_once()
    {
        await using var db = await OpenAsync();
        var person = await AddUserAsync(db);
        await db.Store.SecondFactors.SetTotpAsync(person, "protected-secret", 100, Ct);

        var totp = await db.Store.SecondFactors.FindTotpAsync(person, Ct);

        Assert.Equal(("protected-secret", 100L), (totp!.ProtectedSecret, totp.LastStep));
        Assert.False(await db.Store.SecondFactors.UseTotpStepAsync(person, 100, Ct));
        Assert.True(await db.Store.SecondFactors.UseTotpStepAsync(person, 101, Ct));
        Assert.False(await db.Store.SecondFactors.UseTotpStepAsync(person, 101, Ct));
        Assert.False(await db.Store.SecondFactors.UseTotpStepAsync(person, 99, Ct));
        Assert.Equal(101, (await db.Store.SecondFactors.FindTotpAsync(person, Ct))!.LastStep);
        Assert.True((await db.Store.SecondFactors.SummaryAsync(person, Ct)).Any);
    }

    [Fact]
    public async Task A_passkey_comes_back_and_its_counter_only_moves_forward()
    {
        await using var db = await OpenAsync();
        var person = await AddUserAsync(db);
        var passkey = new Passkey("Y3JlZC0x", person, [1, 2, 3], 5, "laptop", default, null);
        Assert.True((await db.Store.SecondFactors.AddPasskeyAsync(passkey, Ct)).IsSuccess);

        var again = await db.Store.SecondFactors.AddPasskeyAsync(passkey, Ct);
        var found = await db.Store.SecondFactors.FindPasskeyAsync("Y3JlZC0x", Ct);

        Assert.Equal("passkey-exists", again.Error?.Code);
        Assert.Equal((person, 5u, "laptop"), (found!.PrincipalId, found.SignCount, found.Name));
        Assert.Equal([1, 2, 3], found.PublicKey);
        Assert.False(await db.Store.SecondFactors.UsePasskeyAsync("Y3JlZC0x", 5, Ct));
        Assert.True(await db.Store.SecondFactors.UsePasskeyAsync("Y3JlZC0x", 6, Ct));
        Assert.Single((await db.Store.SecondFactors.SummaryAsync(person, Ct)).Passkeys);
        Assert.False(await db.Store.SecondFactors.RemovePasskeyAsync(Guid.NewGuid(), "Y3JlZC0x", Ct));
        Assert.True(await db.Store.SecondFactors.RemovePasskeyAsync(person, "Y3JlZC0x", Ct));
        Assert.Null(await db.Store.SecondFactors.FindPasskeyAsync("Y3JlZC0x", Ct));
    }

    [Fact]
    public async Task A_recovery_code_is_used_once_and_a_new_set_replaces_the_old()
    {
        await using var db = await OpenAsync();
        var person = await AddUserAsync(db);
        await db.Store.SecondFactors.ReplaceRecoveryCodesAsync(person, [("AAAA", "hash-a"), ("BBBB", "hash-b")], Ct);

        Assert.Equal("hash-a", await db.Store.SecondFactors.RecoveryCodeHashAsync(person, "AAAA", Ct));
        Assert.True(await db.Store.SecondFactors.UseRecoveryCodeAsync(person, "AAAA", Ct));
        Assert.False(await db.Store.SecondFactors.UseRecoveryCodeAsync(person, "AAAA", Ct));
        Assert.Null(await db.Store.SecondFactors.RecoveryCodeHashAsync(person, "AAAA", Ct));
        Assert.Equal(1, (await db.Store.SecondFactors.SummaryAsync(person, Ct)).RecoveryCodesLeft);

        await db.Store.SecondFactors.ReplaceRecoveryCodesAsync(person, [("CCCC", "hash-c")], Ct);

        Assert.Null(await db.Store.SecondFactors.RecoveryCodeHashAsync(person, "BBBB", Ct));
        Assert.Equal("hash-c", await db.Store.SecondFactors.RecoveryCodeHashAsync(person, "CCCC", Ct));
    }

    [Fact]
    public async Task A_reset_removes_every_factor_and_code_and_is_audited()
    {
        await using var db = await OpenAsync();
        var person = await AddUserAsync(db);
        await db.Store.SecondFactors.SetTotpAsync(person, "protected-secret", 1, Ct);
        (await db.Store.SecondFactors.AddPasskeyAsync(new Passkey("a2V5", person, [9], 0, "key", default, null), Ct)).Value.ToString();
        await db.Store.SecondFactors.ReplaceRecoveryCodesAsync(person, [("AAAA", "hash-a")], Ct);

        Assert.True(await db.Store.SecondFactors.ResetAsync(person, Ct));

        var left = await db.Store.SecondFactors.SummaryAsync(person, Ct);
        Assert.Equal((false, 0), (left.Any, left.RecoveryCodesLeft));
        Assert.False(await db.Store.SecondFactors.ResetAsync(person, Ct));
        var head = await db.Store.Audit.HeadAsync(Ct);
        Assert.Equal(AuditActions.SecondFactorReset, head!.Action);
    }

    private static async Task<Guid> AddUserAsync(TestStore db) =>
        (await db.Store.AddPrincipalAsync("person-" + Guid.NewGuid().ToString("N")[..8], PrincipalKind.User, [Role.Approver], null, CancellationToken.None)).Value.Id;
}
