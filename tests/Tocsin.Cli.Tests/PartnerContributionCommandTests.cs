using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Cli.Tests;

/// <summary><c>tocsin partner contributions</c> and <c>tocsin partner promote</c>: what a partner posted, and its
/// promotion into our picture (docs/sharing.md "Partner contributions").</summary>
public sealed class PartnerContributionCommandTests : IDisposable
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Theirs = "identity--0b7c3f1e-52a4-4c1d-9f67-3f1c2b9e0d11";
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);

    [Fact]
    public async Task Contributions_are_listed_and_promoted_verbatim_into_our_picture()
    {
        var id = await ContributeAsync();

        var list = await RunAsync("partner", "contributions", "bfv");
        var promote = await RunAsync("partner", "promote", "bfv", id);
        var picture = await PictureAsync();

        Assert.Contains($"picture\t{id}\t2024-03-22T10:00:00.000Z\tvisible", list.Output, StringComparison.Ordinal);
        Assert.True(promote.ExitCode == 0, promote.ToString());
        Assert.Equal([(id, Theirs)], picture.Select(o => (o.Id, o.CreatedByRef)));
    }

    [Fact]
    public async Task A_contribution_is_promoted_as_our_derived_object()
    {
        var id = await ContributeAsync();

        var promote = await RunAsync("partner", "promote", "bfv", id, "--derived", "--collection", "picture");
        var picture = await PictureAsync();

        Assert.True(promote.ExitCode == 0, promote.ToString());
        Assert.Equal([("indicator", Ours), ("relationship", Ours)], picture.Select(o => (o.Type, o.CreatedByRef!)).Order());
    }

    [Fact]
    public async Task Promoting_what_the_partner_never_contributed_is_refused()
    {
        await ContributeAsync();

        var promote = await RunAsync("partner", "promote", "bfv", $"indicator--{Guid.NewGuid():D}", "--collection", "picture");

        Assert.Equal(1, promote.ExitCode);
        Assert.Empty(await PictureAsync());
    }

    /// <summary>A partner "bfv" that posted one indicator to collection "picture", as TAXII would store it.</summary>
    private async Task<string> ContributeAsync()
    {
        await RunAsync("partner", "policy", "--org", Ours);
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");
        await _sandbox.RunAsync("collection", "add", "picture");
        var id = $"indicator--{Guid.NewGuid():D}";
        await using var store = await OpenAsync();
        var partner = (await store.FindPrincipalAsync("bfv", Ct))!;
        var collection = (await store.FindCollectionAsync("picture", Ct))!;
        var contributed = StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
            {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Theirs}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix",
             "valid_from":"2024-03-22T00:00:00Z","object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"]}
            """));
        Assert.Equal(ObjectOutcomeKind.Added, (await store.Contributions.AddAsync(partner.Id, collection.Id, [contributed], Ct)).Outcomes.Single().Kind);
        return id;
    }

    private async Task<List<StixObject>> PictureAsync()
    {
        await using var store = await OpenAsync();
        var collection = (await store.FindCollectionAsync("picture", Ct))!;
        var page = await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Versions = VersionFilter.All, Limit = ObjectQuery.MaxLimit }, Ct);
        return [.. page.Value.Items.Select(i => i.Object)];
    }

    private async Task<ITocsinStore> OpenAsync() => (await StoreOpener.OpenAsync(null, _sandbox.DataDirectory, TimeProvider.System, Ct)).Value;
}
