namespace Tocsin.Cli.Tests;

public sealed class PartnerCommandTests : IDisposable
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);

    [Fact]
    public async Task Adding_a_partner_prints_an_api_key_once_and_lists_it()
    {
        var add = await RunAsync("partner", "add", "bfv", "--country", "deu", "--ceiling", "amber", "--rel", "NATO");
        var list = await RunAsync("partner", "list");

        Assert.Matches("api key \\(shown once, store it now\\): tk_[0-9a-f]{12}_", add.Output);
        Assert.Contains("bfv\tDEU\tamber\tNATO", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--country", "Germany", "--ceiling", "amber")]
    [InlineData("--country", "DEU", "--ceiling", "orange")]
    [InlineData("--country", "DEU", "--ceiling", "amber", "--rel", "FIVE-EYES")]
    public async Task Bad_profiles_are_refused_and_add_nobody(params string[] options)
    {
        var add = await RunAsync(["partner", "add", "bfv", .. options]);
        var list = await RunAsync("user", "list");

        Assert.Equal(1, add.ExitCode);
        Assert.DoesNotContain("bfv", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_changes_the_ceiling_and_show_reports_it_with_keys()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");
        await RunAsync("partner", "key", "bfv");

        var set = await RunAsync("partner", "set", "bfv", "--ceiling", "amber+strict");
        var show = await RunAsync("partner", "show", "bfv");

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Contains("ceiling\tamber+strict", show.Output, StringComparison.Ordinal);
        Assert.Equal(2, show.Output.Split('\n').Count(l => l.StartsWith("key\t", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Add_takes_a_classification_ceiling_that_show_and_list_report()
    {
        var add = await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green", "--classification-ceiling", "diffusion restreinte");
        var show = await RunAsync("partner", "show", "bfv");
        var list = await RunAsync("partner", "list");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("classification-ceiling\tDIFFUSION RESTREINTE", show.Output, StringComparison.Ordinal);
        Assert.Contains("bfv\tDEU\tgreen\t-\tDIFFUSION RESTREINTE", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_classification_ceiling_adds_nobody()
    {
        var add = await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green", "--classification-ceiling", "COSMIC");
        var list = await RunAsync("user", "list");

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("COSMIC", add.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("bfv", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_is_revoked_by_its_id()
    {
        var add = await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");
        var keyId = add.Output.Split("tk_")[1][..12];

        var revoke = await RunAsync("partner", "revoke", keyId);
        var show = await RunAsync("partner", "show", "bfv");

        Assert.True(revoke.ExitCode == 0, revoke.ToString());
        Assert.Contains("revoked", show.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "nobody")]
    [InlineData("key", "nobody")]
    [InlineData("set", "nobody", "--ceiling", "red")]
    [InlineData("revoke", "000000000000")]
    [InlineData("received", "nobody", "--from", "2024-03-22T00:00:00Z", "--to", "2024-03-23T00:00:00Z")]
    public async Task Unknown_partners_and_keys_are_refused(params string[] args)
    {
        var run = await RunAsync(["partner", .. args]);

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_user_is_not_a_partner()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var run = await RunAsync("partner", "show", "ana");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Received_refuses_times_without_a_date_and_time()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var run = await RunAsync("partner", "received", "bfv", "--from", "yesterday", "--to", "2024-03-23T00:00:00Z");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Received_on_an_empty_log_succeeds_with_no_rows()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var run = await RunAsync("partner", "received", "bfv", "--from", "2024-03-22T00:00:00Z", "--to", "2024-03-23T00:00:00Z");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Output));
    }

    [Fact]
    public async Task Policy_sets_our_organisation_and_the_default_tlp()
    {
        var run = await RunAsync("partner", "policy", "--org", Ours, "--default-tlp", "amber");

        Assert.Contains($"organisation\t{Ours}\ndefault-tlp\tamber", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tearline_is_released_into_the_collection()
    {
        await RunAsync("partner", "policy", "--org", Ours);
        await _sandbox.RunAsync("collection", "add", "picture");
        var id = $"indicator--{Guid.NewGuid():D}";
        var file = _sandbox.WriteFile("bundle.json", $$"""
            {"type":"bundle","id":"bundle--{{Guid.NewGuid():D}}","objects":[
            {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"phone","description":"from a human source","pattern":"[ipv4-addr:value = '198.51.100.7']",
             "pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z","object_marking_refs":["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"],
             "granular_markings":[{"marking_ref":"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1","selectors":["description"]}]}]}
            """);
        var import = await _sandbox.RunAsync("import", file, "--collection", "picture");
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("collection", "grant", "picture", "ana", "--read", "--write");

        var run = await RunAsync("tearline", "create", id, "--collection", "picture", "--release", "green", "--as", "ana", "--set", "name=mobile");

        Assert.True(import.ExitCode == 0 && run.ExitCode == 0, import + "\n" + run);
        Assert.Contains("removed description", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tearline_of_an_unknown_object_is_refused()
    {
        await RunAsync("partner", "policy", "--org", Ours);
        await _sandbox.RunAsync("collection", "add", "picture");

        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("collection", "grant", "picture", "ana", "--read", "--write");

        var run = await RunAsync("tearline", "create", $"indicator--{Guid.NewGuid():D}", "--collection", "picture", "--release", "green", "--as", "ana", "--set", "name=mobile");

        Assert.Equal(1, run.ExitCode);
    }
}
