using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>Contract: collections, grants, principals and API keys.</summary>
public abstract class AccessContract : StoreContractBase
{
    [Fact]
    public async Task A_collection_is_found_by_id_and_by_alias_and_listed()
    {
        await using var db = await OpenAsync();
        var alias = Some.Alias("intel");

        var added = (await db.Store.AddCollectionAsync(alias, "Intelligence", "Shared picture", Ct)).Value;

        Assert.Equal(added, await db.Store.FindCollectionAsync(added.Id.ToString(), Ct));
        Assert.Equal(added, await db.Store.FindCollectionAsync(alias, Ct));
        Assert.Equal(added, Assert.Single(await db.Store.ListCollectionsAsync(Ct)));
        Assert.Null(await db.Store.FindCollectionAsync("nope", Ct));
    }

    [Fact]
    public async Task Collections_are_listed_by_alias()
    {
        await using var db = await OpenAsync();
        await db.Store.AddCollectionAsync("zulu", null, null, Ct);
        await db.Store.AddCollectionAsync("alpha", null, null, Ct);

        var list = await db.Store.ListCollectionsAsync(Ct);

        Assert.Equal(["alpha", "zulu"], list.Select(c => c.Alias));
    }

    [Fact]
    public async Task A_taken_collection_alias_is_refused()
    {
        await using var db = await OpenAsync();
        await db.Store.AddCollectionAsync("shared", null, null, Ct);

        var again = await db.Store.AddCollectionAsync("shared", null, null, Ct);

        Assert.Equal("collection-alias-taken", again.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("slash/")]
    [InlineData("0b5e1fd6-8c2c-4a3f-9f11-2f6b2b3c4d5e")]
    public async Task An_invalid_collection_alias_is_refused(string alias)
    {
        await using var db = await OpenAsync();

        var result = await db.Store.AddCollectionAsync(alias, null, null, Ct);

        Assert.Equal("collection-alias-invalid", result.Error?.Code);
    }

    [Fact]
    public async Task A_65_character_alias_is_refused_and_64_accepted()
    {
        await using var db = await OpenAsync();

        var tooLong = await db.Store.AddCollectionAsync(new string('a', 65), null, null, Ct);
        var longest = await db.Store.AddCollectionAsync(new string('a', 64), null, null, Ct);

        Assert.Equal(("collection-alias-invalid", true), (tooLong.Error?.Code, longest.IsSuccess));
    }

    [Fact]
    public async Task A_grant_sets_and_replaces_rights_and_none_removes_them()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var principal = (await db.Store.AddPrincipalAsync("analyst1", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;

        var before = await db.Store.RightsAsync(collection.Id, principal.Id, Ct);
        await db.Store.GrantAsync(collection.Id, principal.Id, CollectionRights.Read | CollectionRights.Write, Ct);
        var both = await db.Store.RightsAsync(collection.Id, principal.Id, Ct);
        await db.Store.GrantAsync(collection.Id, principal.Id, CollectionRights.Read, Ct);
        var read = await db.Store.RightsAsync(collection.Id, principal.Id, Ct);
        await db.Store.GrantAsync(collection.Id, principal.Id, CollectionRights.None, Ct);
        var none = await db.Store.RightsAsync(collection.Id, principal.Id, Ct);

        Assert.Equal(
            [CollectionRights.None, CollectionRights.Read | CollectionRights.Write, CollectionRights.Read, CollectionRights.None],
            new[] { before, both, read, none });
    }

    [Fact]
    public async Task A_grant_to_an_unknown_principal_or_collection_is_refused()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var principal = (await db.Store.AddPrincipalAsync("p1", PrincipalKind.Partner, [], null, Ct)).Value;

        var noPrincipal = await db.Store.GrantAsync(collection.Id, Guid.NewGuid(), CollectionRights.Read, Ct);
        var noCollection = await db.Store.GrantAsync(Guid.NewGuid(), principal.Id, CollectionRights.Read, Ct);

        Assert.Equal(("principal-not-found", "collection-not-found"), (noPrincipal.Error?.Code, noCollection.Error?.Code));
    }

    [Fact]
    public async Task A_principal_is_added_found_and_listed_by_name()
    {
        await using var db = await OpenAsync();
        var hash = PasswordHasher.Hash("correct horse", iterations: 1);

        var added = (await db.Store.AddPrincipalAsync("watch.officer@fr", PrincipalKind.User, [Role.WatchOfficer, Role.Analyst], hash, Ct)).Value;
        await db.Store.AddPrincipalAsync("dgsi-liaison", PrincipalKind.Partner, [], null, Ct);

        var found = await db.Store.FindPrincipalAsync("watch.officer@fr", Ct);
        Assert.Equal((added.Id, PrincipalKind.User, TestStore.Start), (found!.Id, found.Kind, found.CreatedAt));
        Assert.Equal([Role.Analyst, Role.WatchOfficer], found.Roles);
        Assert.Equal(hash, await db.Store.PasswordHashAsync(added.Id, Ct));
        Assert.Equal(["dgsi-liaison", "watch.officer@fr"], (await db.Store.ListPrincipalsAsync(Ct)).Select(p => p.Name));
    }

    [Fact]
    public async Task A_taken_principal_name_is_refused()
    {
        await using var db = await OpenAsync();
        await db.Store.AddPrincipalAsync("alice", PrincipalKind.User, [], null, Ct);

        var again = await db.Store.AddPrincipalAsync("alice", PrincipalKind.Partner, [], null, Ct);

        Assert.Equal("principal-name-taken", again.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("semi;colon")]
    [InlineData("élise")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task An_invalid_principal_name_is_refused(string name)
    {
        await using var db = await OpenAsync();

        var result = await db.Store.AddPrincipalAsync(name, PrincipalKind.User, [], null, Ct);

        Assert.Equal("principal-name-invalid", result.Error?.Code);
    }

    [Fact]
    public async Task Removing_a_principal_removes_its_keys_and_grants()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var principal = (await db.Store.AddPrincipalAsync("leaver", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;
        var key = ApiKey.Generate();
        await db.Store.AddApiKeyAsync(principal.Id, key, "laptop", Ct);
        await db.Store.GrantAsync(collection.Id, principal.Id, CollectionRights.Read, Ct);

        var removed = await db.Store.RemovePrincipalAsync("leaver", Ct);

        Assert.True(removed.IsSuccess);
        Assert.Null(await db.Store.FindPrincipalAsync("leaver", Ct));
        Assert.Null(await db.Store.FindByApiKeyAsync(key.Plaintext, Ct));
        Assert.Empty(await db.Store.ListApiKeysAsync(principal.Id, Ct));
        Assert.Equal(CollectionRights.None, await db.Store.RightsAsync(collection.Id, principal.Id, Ct));
    }

    [Fact]
    public async Task Removing_an_unknown_principal_fails()
    {
        await using var db = await OpenAsync();

        var result = await db.Store.RemovePrincipalAsync("ghost", Ct);

        Assert.Equal("principal-not-found", result.Error?.Code);
    }

    [Fact]
    public async Task Setting_roles_replaces_them_and_audits_only_a_change()
    {
        await using var db = await OpenAsync();
        await db.Store.AddPrincipalAsync("mover", PrincipalKind.User, [Role.WatchOfficer], null, Ct);

        var changed = (await db.Store.SetPrincipalRolesAsync("mover", [Role.Approver, Role.Analyst, Role.Analyst], Ct)).Value;
        var head = await db.Store.Audit.HeadAsync(Ct);
        var same = (await db.Store.SetPrincipalRolesAsync("mover", [Role.Analyst, Role.Approver], Ct)).Value;

        Assert.Equal([Role.Analyst, Role.Approver], changed.Roles);
        Assert.Equal([Role.Analyst, Role.Approver], (await db.Store.FindPrincipalAsync("mover", Ct))!.Roles);
        Assert.Equal((AuditActions.PrincipalRoles, changed.Id.ToString("D")), (head!.Action, head.Subject));
        Assert.Contains("\"previous\":[\"watch-officer\"]", head.Details, StringComparison.Ordinal);
        Assert.Equal(changed.Id, same.Id);
        Assert.Equal(changed.Roles, same.Roles);
        Assert.Equal(head.Sequence, (await db.Store.Audit.HeadAsync(Ct))!.Sequence);
    }

    [Fact]
    public async Task Setting_the_roles_of_an_unknown_principal_fails()
    {
        await using var db = await OpenAsync();

        var result = await db.Store.SetPrincipalRolesAsync("ghost", [Role.Admin], Ct);

        Assert.Equal("principal-not-found", result.Error?.Code);
    }

    [Fact]
    public async Task An_api_key_finds_its_principal()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;
        var key = ApiKey.Generate();

        var info = (await db.Store.AddApiKeyAsync(principal.Id, key, "feed", Ct)).Value;

        Assert.Equal(new ApiKeyInfo(key.KeyId, principal.Id, "feed", TestStore.Start, null), info);
        Assert.Equal(principal.Id, (await db.Store.FindByApiKeyAsync(key.Plaintext, Ct))?.Id);
    }

    [Fact]
    public async Task An_expired_key_finds_nobody_like_a_revoked_one()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;
        var key = ApiKey.Generate();
        await db.Store.AddApiKeyAsync(principal.Id, key, null, TestStore.Start.AddHours(1), Ct);
        var before = await db.Store.FindByApiKeyAsync(key.Plaintext, Ct);

        db.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal((principal.Id, (Guid?)null), (before?.Id, (await db.Store.FindByApiKeyAsync(key.Plaintext, Ct))?.Id));
        Assert.Equal(TestStore.Start.AddHours(1), Assert.Single(await db.Store.ListApiKeysAsync(principal.Id, Ct)).ExpiresAt);
    }

    [Fact]
    public async Task A_key_cannot_be_issued_already_expired()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;

        var added = await db.Store.AddApiKeyAsync(principal.Id, ApiKey.Generate(), null, TestStore.Start.AddSeconds(-1), Ct);

        Assert.Equal("api-key-expiry-past", added.Error?.Code);
    }

    [Fact]
    public async Task A_key_records_its_last_use_at_most_once_a_minute()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;
        var key = ApiKey.Generate();
        await db.Store.AddApiKeyAsync(principal.Id, key, null, Ct);
        var uses = new List<DateTimeOffset?>();

        foreach (var step in new[] { 0, 30, 31 })
        {
            db.Clock.Advance(TimeSpan.FromSeconds(step));
            await db.Store.FindByApiKeyAsync(key.Plaintext, Ct);
            // To the second: the store's clock hands out unique microseconds.
            var used = Assert.Single(await db.Store.ListApiKeysAsync(principal.Id, Ct)).LastUsedAt;
            uses.Add(used?.AddTicks(-(used.Value.Ticks % TimeSpan.TicksPerSecond)));
        }

        Assert.Equal([TestStore.Start, TestStore.Start, TestStore.Start.AddSeconds(61)], uses);
    }

    [Fact]
    public async Task A_wrong_or_malformed_key_finds_nobody()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;
        var key = ApiKey.Generate();
        await db.Store.AddApiKeyAsync(principal.Id, key, null, Ct);
        var sameIdWrongSecret = key.Plaintext[..^4] + "AAAA";

        Assert.Null(await db.Store.FindByApiKeyAsync(sameIdWrongSecret, Ct));
        Assert.Null(await db.Store.FindByApiKeyAsync(ApiKey.Generate().Plaintext, Ct));
        Assert.Null(await db.Store.FindByApiKeyAsync("not a key", Ct));
    }

    [Fact]
    public async Task A_revoked_key_finds_nobody_and_is_listed_as_revoked()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;
        var key = ApiKey.Generate();
        await db.Store.AddApiKeyAsync(principal.Id, key, null, Ct);
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        var revoked = await db.Store.RevokeApiKeyAsync(key.KeyId, Ct);

        Assert.True(revoked.IsSuccess);
        Assert.Null(await db.Store.FindByApiKeyAsync(key.Plaintext, Ct));
        Assert.Equal(TestStore.Start.AddMinutes(5), Assert.Single(await db.Store.ListApiKeysAsync(principal.Id, Ct)).RevokedAt);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_fails()
    {
        await using var db = await OpenAsync();

        var result = await db.Store.RevokeApiKeyAsync("0123456789ab", Ct);

        Assert.Equal("api-key-not-found", result.Error?.Code);
    }

    [Fact]
    public async Task Keys_are_listed_newest_first()
    {
        await using var db = await OpenAsync();
        var principal = (await db.Store.AddPrincipalAsync("bot", PrincipalKind.Partner, [], null, Ct)).Value;
        var first = ApiKey.Generate();
        var second = ApiKey.Generate();
        await db.Store.AddApiKeyAsync(principal.Id, first, "first", Ct);
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        await db.Store.AddApiKeyAsync(principal.Id, second, "second", Ct);

        var keys = await db.Store.ListApiKeysAsync(principal.Id, Ct);

        Assert.Equal([second.KeyId, first.KeyId], keys.Select(k => k.KeyId));
    }

    [Fact]
    public async Task A_key_for_an_unknown_principal_is_refused()
    {
        await using var db = await OpenAsync();

        var result = await db.Store.AddApiKeyAsync(Guid.NewGuid(), ApiKey.Generate(), null, Ct);

        Assert.Equal("principal-not-found", result.Error?.Code);
    }
}
