using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Server.Plan;
using Tocsin.Server.Snapshot;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Snapshot;

/// <summary><c>publish-static</c> and <c>Tocsin:Publication:StaticDirectory</c> write the bytes the server serves, swap a
/// complete set in at once, and never leave half of one (docs/publication.md "Static export").</summary>
public sealed class StaticExportTests(TocsinApp app) : IClassFixture<TocsinApp>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tocsin-static-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_exported_file_is_what_the_server_answers_at_its_address()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        var site = await ExportAsync();
        using var client = app.CreateClient();
        // The export asks for the public address (Tocsin:Publication:LinkBase); a reader does the same.
        client.BaseAddress = new Uri(new PublicationSettings().LinkBase);

        var differing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".jws", StringComparison.Ordinal)))
        {
            var path = Path.GetRelativePath(site, file).Replace('\\', '/');
            var exported = await File.ReadAllBytesAsync(file, PlanHttp.Ct);
            var address = StaticExport.AddressOf(path);
            if (address == "/api/v1/levels")
            {
                // The status names the instant it was asked at: the same instant asked explicitly gives the same bytes.
                address += "?at=" + Uri.EscapeDataString(JsonDocument.Parse(exported).RootElement.GetProperty("at").GetString()!);
            }

            using var served = await client.GetPathAsync(address);
            var bytes = await served.Content.ReadAsByteArrayAsync(PlanHttp.Ct);
            if (served.StatusCode != HttpStatusCode.OK || !exported.SequenceEqual(bytes))
            {
                differing.Add($"{path} ({address}: {(int)served.StatusCode})");
            }
        }

        Assert.True(differing.Count == 0, string.Join('\n', differing));
    }

    [Fact]
    public async Task The_status_and_the_feed_carry_a_detached_signature_of_their_bytes()
    {
        var site = await ExportAsync();

        var levels = await File.ReadAllBytesAsync(Path.Combine(site, "api/v1/levels.json"), PlanHttp.Ct);
        var jws = await File.ReadAllTextAsync(Path.Combine(site, "api/v1/levels.json.jws"), PlanHttp.Ct);

        var keys = Core.Signing.JsonWebKeySet.Read(await File.ReadAllBytesAsync(Path.Combine(site, ".well-known/tocsin/keys.json"), PlanHttp.Ct));
        Assert.True(Core.Signing.DetachedJws.Verify(keys.Value, levels, jws).IsSuccess, jws);
    }

    [Fact]
    public async Task An_export_after_a_new_approval_holds_its_message_and_level()
    {
        var site = await ExportAsync();
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D33"));
        var identifier = decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!;

        await ExportAsync();

        var levels = await File.ReadAllTextAsync(Path.Combine(site, "api/v1/levels.json"), PlanHttp.Ct);
        Assert.True(File.Exists(Path.Combine(site, "feeds", "cap", identifier + ".xml")) && levels.Contains(decision.GetProperty("id").GetString()!, StringComparison.Ordinal),
            levels);
    }

    [Fact]
    public async Task A_failed_export_leaves_the_previous_one_in_place_and_no_partial_directory()
    {
        var site = await ExportAsync();
        var before = Listing(_root);

        var failed = await Record.ExceptionAsync(() => StaticSiteWriter.WriteAsync(site, FailingAfterTwoFilesAsync(), PlanHttp.Ct));

        Assert.Equal((typeof(IOException), before), (failed?.GetType(), Listing(_root)));
    }

    [Fact]
    public async Task A_directory_holding_other_files_is_refused_and_left_alone()
    {
        var site = Path.Combine(_root, "occupied");
        Directory.CreateDirectory(site);
        await File.WriteAllTextAsync(Path.Combine(site, "keep.txt"), "mine", PlanHttp.Ct);

        var refused = await Record.ExceptionAsync(ExportToAsync(site));

        Assert.Equal((typeof(InvalidOperationException), "mine"), (refused?.GetType(), await File.ReadAllTextAsync(Path.Combine(site, "keep.txt"), PlanHttp.Ct)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<string> ExportAsync()
    {
        var site = Path.Combine(_root, "site");
        await ExportToAsync(site)();
        return site;
    }

    private Func<Task> ExportToAsync(string site) => async () =>
    {
        var snapshot = await app.Services.GetRequiredService<PublicSnapshots>().RebuildAsync(PlanHttp.Ct);
        await app.Services.GetRequiredService<StaticExport>().WriteAsync(site, snapshot, PlanHttp.Ct);
    };

    // Every file and link under the root, with what each link points to and each file's length.
    private static string Listing(string root) => string.Join('\n', Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
        .Select(e => (Entry: e, Info: new FileInfo(e)))
        .Select(e => Path.GetRelativePath(root, e.Entry) + (e.Info.LinkTarget is { } target ? " -> " + target : File.Exists(e.Entry) ? $" {e.Info.Length}" : "/"))
        .Order(StringComparer.Ordinal));

    private static async IAsyncEnumerable<StaticFile> FailingAfterTwoFilesAsync()
    {
        yield return new StaticFile("fr/index.html", Encoding.UTF8.GetBytes("<p>partial</p>"));
        await Task.Yield();
        yield return new StaticFile("api/v1/levels.json", Encoding.UTF8.GetBytes("{}"));
        throw new IOException("The disk is full.");
    }
}
