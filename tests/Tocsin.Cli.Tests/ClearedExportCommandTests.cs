using System.Text;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Reads;

namespace Tocsin.Cli.Tests;

/// <summary><c>tocsin export</c> under clearances: without <c>--as</c> only what the lowest clearance may read, with
/// <c>--as NAME</c> what that member of staff is cleared for, on the record through <c>export</c>.</summary>
public sealed class ClearedExportCommandTests : IDisposable
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_as_only_the_lowest_clearance_is_exported_and_stderr_says_how_to_export_more()
    {
        var (open, secret) = await SeedAsync();

        var run = await _sandbox.RunAsync("export");

        Assert.Equal((true, false, true), (run.Output.Contains(open, StringComparison.Ordinal), run.Output.Contains(secret, StringComparison.Ordinal),
            run.Error.Contains("--as NAME", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task With_as_the_cleared_member_of_staff_exports_more_and_the_read_is_on_the_record()
    {
        var (_, secret) = await SeedAsync();

        var run = await _sandbox.RunAsync("export", "--as", "ana");

        await using var store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, Ct);
        var rows = (await store.Reads.QueryAsync(new ReadLogQuery { Principal = "ana", Path = ReadPaths.Export }, Ct)).Value.Items;
        Assert.Equal((true, true), (run.Output.Contains(secret, StringComparison.Ordinal), rows.Any(r => r.ObjectId == secret)));
    }

    [Fact]
    public async Task As_someone_unknown_fails_and_exports_nothing()
    {
        await SeedAsync();

        var run = await _sandbox.RunAsync("export", "--as", "nobody");

        Assert.True((run.ExitCode, run.Output) == (1, ""), run.ToString());
    }

    /// <summary>A picture with one unmarked and one SECRET threat actor, and ana cleared SECRET.</summary>
    private async Task<(string Open, string Secret)> SeedAsync()
    {
        await using var store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, Ct);
        var marking = ClassificationMarkings.Create(SharingMarkingKind.Classification, "SECRET", Ours, TimeProvider.System);
        var open = Actor(null);
        var secret = Actor(marking.Id);
        var picture = (await store.AddCollectionAsync("picture", "Picture", null, Ct)).Value;
        await store.AddObjectsAsync(picture.Id, [ClassificationMarkings.ExtensionDefinition, marking, open, secret], Ct);
        var ana = (await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;
        await store.Classification.SetClearanceAsync(ana.Id, new Clearance("SECRET", []), Ct);
        return (open.Id, secret.Id);
    }

    private static StixObject Actor(string? marking) => StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
        {"type":"threat-actor","spec_version":"2.1","id":"threat-actor--{{Guid.NewGuid():D}}","created_by_ref":"{{Ours}}",
         "created":"2024-03-22T10:00:00.000Z","modified":"2024-03-22T10:00:00.000Z","name":"Cell",
         "threat_actor_types":["terrorist"]{{(marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]")}}}
        """));
}
