using System.Text;
using Npgsql;
using Tocsin.Core.Cap;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Publications;
using Tocsin.Testing;

namespace Tocsin.Cli.Tests.Migrate;

/// <summary><c>tocsin migrate</c> moving a real SQLite installation into a new PostgreSQL database.</summary>
public sealed class MigrateCommandTests(PostgresServer server, DemoInstallation source) : IClassFixture<DemoInstallation>, IAsyncLifetime
{
    private readonly CliSandbox _sandbox = new();
    private string _target = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _target = await server.CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        await server.DropDatabaseAsync(_target);
        _sandbox.Dispose();
    }

    [Fact]
    public async Task Every_table_has_as_many_rows_on_the_target_as_in_the_source()
    {
        var run = await MigrateAsync(source.DatabasePath);

        var expected = await Tables.SqliteCountsAsync(source.DatabasePath);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, await Tables.PostgresCountsAsync(_target, expected.Keys));
    }

    [Fact]
    public async Task Every_version_copied_is_indexed_for_search_before_the_command_ends()
    {
        var run = await MigrateAsync(source.DatabasePath);

        var objects = await Tables.PostgresRowsAsync(_target, "SELECT COUNT(*) FROM objects");
        var counts = (await Tables.PostgresRowsAsync(_target, "SELECT (SELECT COUNT(*) FROM search_pending), (SELECT COUNT(*) FROM search_documents)"))[0].Split('|');
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(("0", true), (counts[0], long.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Contains($"migrate: {objects[0]} versions indexed for search", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_row_is_copied_as_it_is()
    {
        await MigrateAsync(source.DatabasePath);

        foreach (var sql in new[]
                 {
                     "SELECT * FROM objects ORDER BY row_id",
                     "SELECT * FROM collections ORDER BY row_id",
                     "SELECT * FROM publications ORDER BY sequence",
                     "SELECT * FROM audit_log ORDER BY sequence",
                     "SELECT * FROM audit_checkpoints ORDER BY sequence, at",
                     "SELECT * FROM decision_events ORDER BY decision_id, position",
                 })
        {
            Assert.Equal(await Tables.SqliteRowsAsync(source.DatabasePath, sql), await Tables.PostgresRowsAsync(_target, sql));
        }
    }

    [Fact]
    public async Task The_audit_chain_verifies_on_the_target_with_the_sources_head()
    {
        var run = await MigrateAsync(source.DatabasePath);

        var sourceHead = (await Tables.SqliteRowsAsync(source.DatabasePath, "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"))[0];
        await using var store = await OpenTargetAsync();
        var verification = await store.Audit.VerifyAsync(deep: true, null, Ct);
        var head = $"{verification.HeadSequence}|{Convert.ToHexStringLower(verification.HeadHash.Span)}";
        Assert.Equal((0, true, 1, sourceHead), (run.ExitCode, verification.Intact, verification.CheckpointsMatched, head));
        Assert.Contains("intact, same head as the source", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_migrated_store_serves_the_objects_and_takes_new_writes_without_colliding()
    {
        var uri = new NpgsqlConnectionStringBuilder(_target);
        await MigrateAsync(source.DatabasePath, $"postgresql://{uri.Username}@{uri.Host}:{uri.Port}/{uri.Database}");
        await using var store = await OpenTargetAsync();
        var picture = (await store.FindCollectionAsync("picture", Ct))!;
        var served = (await store.QueryObjectsAsync(picture.Id, new ObjectQuery { Versions = VersionFilter.All, Limit = ObjectQuery.MaxLimit }, Ct)).Value;

        var collection = await store.AddCollectionAsync(Some.Alias("c"), null, null, Ct);
        var added = await store.AddObjectsAsync(picture.Id, [StixJson.Indicator().Build()], Ct);
        var principal = await store.AddPrincipalAsync(Some.Alias("u"), PrincipalKind.User, [Role.Analyst], null, Ct);
        var publication = await store.Publications.AddAsync(new Publication(0, "tocsin-after-migration", null, DateTimeOffset.UnixEpoch, CapStatus.Actual,
            CapMsgType.Alert, CapScope.Public, "vigipirate", "urgence-attentat", ["FRA"], "After", Encoding.UTF8.GetBytes("<alert/>")), Ct);

        var expected = await Tables.SqliteRowsAsync(source.DatabasePath, "SELECT COUNT(*) FROM objects");
        Assert.Equal(expected[0], served.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(collection.IsSuccess && added.Count(ObjectOutcomeKind.Added) == 1 && principal.IsSuccess && publication.IsSuccess,
            $"{collection.Error?.Message} {principal.Error?.Message} {publication.Error?.Message}");
        Assert.True((await store.Audit.VerifyAsync(deep: true, null, Ct)).Intact);
    }

    [Fact]
    public async Task A_target_that_holds_data_is_refused_and_left_unchanged()
    {
        await MigrateAsync(source.DatabasePath);
        var tables = (await Tables.SqliteCountsAsync(source.DatabasePath)).Keys;
        var before = Describe(await Tables.PostgresCountsAsync(_target, tables));

        var run = await MigrateAsync(source.DatabasePath);

        Assert.Equal((1, "migrate: The PostgreSQL target already holds data (table objects has rows): migrate into a new, empty database.", before),
            (run.ExitCode, run.Error.Trim(), Describe(await Tables.PostgresCountsAsync(_target, tables))));
    }

    [Fact]
    public async Task A_missing_source_is_refused()
    {
        var run = await MigrateAsync(_sandbox.PathOf("missing.db"));

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("No SQLite database", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_file_that_is_not_a_tocsin_store_is_refused()
    {
        var run = await MigrateAsync(_sandbox.WriteFile("notes.db", "not a database"));

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("is not a Tocsin SQLite store", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("mysql://u@h/db")]
    [InlineData("Host=h;Database=db")]
    [InlineData("sqlite:other.db")]
    public async Task A_target_that_is_not_postgresql_is_a_usage_error(string to)
    {
        var run = await _sandbox.RunAsync("migrate", "--from", "sqlite:" + source.DatabasePath, "--to", to);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task A_copy_failing_half_way_leaves_the_target_without_any_row()
    {
        var damaged = _sandbox.PathOf("damaged.db");
        source.CopyTo(damaged);
        // A row PostgreSQL refuses (its decision does not exist), in a table copied after most others.
        await Tables.ExecuteSqliteAsync(damaged, "INSERT INTO decision_events VALUES ('no-such-decision', 0, 'Proposed', 'p', 0, NULL, NULL)");

        var run = await MigrateAsync(damaged);

        var counts = await Tables.PostgresCountsAsync(_target, ["objects", "collections", "principals", "audit_log"]);
        Assert.Equal((1, true, 0L), (run.ExitCode, run.Error.Contains("rolled back", StringComparison.Ordinal), counts.Values.Sum()));
    }

    private static string Describe(Dictionary<string, long> counts) =>
        string.Join(", ", counts.Select(c => FormattableString.Invariant($"{c.Key}={c.Value}")));

    private Task<CliRun> MigrateAsync(string from, string? to = null) =>
        _sandbox.RunAsync("migrate", "--from", "sqlite:" + from, "--to", to ?? "postgres:" + _target);

    private async Task<ITocsinStore> OpenTargetAsync() =>
        (await StoreOpener.OpenAsync("postgres:" + _target, _sandbox.DataDirectory, TimeProvider.System, Ct)).Value;
}
