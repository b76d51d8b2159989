using Tocsin.Core.Principals;
using Tocsin.Storage.Audit;
using Tocsin.Storage.Postgres;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>The restore test of docs/deployment.md, run for real: a database backed up with <c>pg_dump -Fc</c> and
/// restored with <c>pg_restore</c> into an empty database is the same installation, its audit chain verifies
/// deep with the same head, and it takes new writes where the original left off.</summary>
public sealed class PostgresBackupRestoreTests(PostgresServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restored_backup_verifies_with_the_same_head_and_takes_new_writes()
    {
        var original = await server.CreateDatabaseAsync();
        var restored = await server.CreateDatabaseAsync();
        string? dump = null;
        try
        {
            AuditHead before;
            await using (var store = await PostgresTocsinStore.OpenAsync(original, TimeProvider.System, Ct))
            {
                var collection = (await store.AddCollectionAsync("picture", null, null, Ct)).Value;
                await store.AddObjectsAsync(collection.Id, [.. Enumerable.Range(0, 50).Select(_ => StixJson.Indicator().Build())], Ct);
                (await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value.ToString();
                before = await HeadAsync(store.Audit);
            }

            dump = await server.DumpAsync(original);
            await server.RestoreAsync(dump, restored);

            await using var copy = await PostgresTocsinStore.OpenAsync(restored, TimeProvider.System, Ct);
            var verification = await copy.Audit.VerifyAsync(deep: true, null, Ct);
            var picture = (await copy.FindCollectionAsync("picture", Ct))!;
            var added = await copy.AddObjectsAsync(picture.Id, [StixJson.Indicator().Build()], Ct);
            var after = await HeadAsync(copy.Audit);

            Assert.True(verification.Intact, verification.ToString());
            Assert.Equal(before, await HeadOfAsync(copy.Audit, before.Sequence));
            Assert.Equal(ObjectOutcomeKind.Added, added.Outcomes[0].Kind);
            Assert.Equal((51L, before.Sequence + 1), (await copy.CountObjectsAsync(picture.Id, Ct), after.Sequence));
            Assert.NotNull(await copy.FindPrincipalAsync("ana", Ct));
        }
        finally
        {
            if (dump is not null)
            {
                Directory.Delete(Path.GetDirectoryName(dump)!, recursive: true);
            }

            await server.DropDatabaseAsync(original);
            await server.DropDatabaseAsync(restored);
        }
    }

    private static async Task<AuditHead> HeadAsync(IAuditStore audit)
    {
        var head = (await audit.HeadAsync(Ct))!;
        return new AuditHead(head.Sequence, Convert.ToHexStringLower(head.Hash.Span));
    }

    private static async Task<AuditHead> HeadOfAsync(IAuditStore audit, long sequence)
    {
        await foreach (var entry in audit.ReadAsync(sequence, 1, Ct))
        {
            return new AuditHead(entry.Sequence, Convert.ToHexStringLower(entry.Hash.Span));
        }

        throw new InvalidOperationException($"No entry {sequence}.");
    }

    private sealed record AuditHead(long Sequence, string Hash);
}
