using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;
using Tocsin.Server.Plan;
using Tocsin.Server.Tests.Plan;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Access;

/// <summary>The authorisation matrix of staff reads (docs/read-log.md): a picture holding one object at each level of the
/// French scale and one in each of two compartments, a decision citing them all, and staff principals of every
/// clearance (lowest, middle, top) × compartment (none, one, the other). For each principal and each read path the
/// objects served are exactly those the clearance admits, no withheld id appears anywhere in a response, and the
/// recorded reads are in the read log with the path that served them.</summary>
internal sealed class ClearanceMatrix
{
    public const string Password = "matrix-password";
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";

    /// <summary>Clearances of the matrix: lowest, middle and top of the French scale.</summary>
    public static readonly string[] Levels = ["NON PROTÉGÉ", "SECRET", "TRÈS SECRET"];

    /// <summary>Compartments of the matrix: none, one, the other.</summary>
    public static readonly string?[] Compartments = [null, "alpha", "beta"];

    // The objects: (label, level rank on the French scale, compartment). Rank 0 carries no classification marking.
    private static readonly (string Label, int Rank, string? Compartment)[] Objects =
    [
        ("open", 0, null), ("restricted", 1, null), ("secret", 2, null), ("top", 3, null), ("alpha", 1, "alpha"), ("beta", 1, "beta"),
    ];

    private static readonly string[] Scale = ["NON PROTÉGÉ", "DIFFUSION RESTREINTE", "SECRET", "TRÈS SECRET"];

    private readonly Dictionary<string, string> _ids = [];

    private ClearanceMatrix(TocsinApp app, string word)
    {
        App = app;
        Word = word;
    }

    public TocsinApp App { get; }

    /// <summary>A word every object's name holds, for the search path.</summary>
    public string Word { get; }

    /// <summary>Every object's STIX id.</summary>
    public IReadOnlyCollection<string> AllIds => _ids.Values;

    /// <summary>The decision citing every object.</summary>
    public string DecisionId { get; private set; } = "";

    private ITocsinStore Store => App.Services.GetRequiredService<ITocsinStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Seeds the picture and the decision.</summary>
    public static async Task<ClearanceMatrix> SeedAsync(TocsinApp app)
    {
        var matrix = new ClearanceMatrix(app, "matrixword" + Guid.NewGuid().ToString("N")[..8]);
        await matrix.SeedPictureAsync();
        var evidence = matrix._ids.Values.Select(id => new { stixId = id, grade = "B2" }).ToArray();
        // Only someone cleared for every object may cite them all: the proposer holds the top level and both compartments.
        var (proposer, proposerClient) = await matrix.StaffAsync(Levels[^1], null, [.. Compartments.OfType<string>()]);
        var (_, approver) = await app.PlanClientsAsync();
        using (proposerClient)
        using (approver)
        {
            var id = await proposerClient.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D13").With("evidence", evidence));
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "approve"));
            matrix.DecisionId = id;
        }

        return matrix;
    }

    /// <summary>A new analyst holding <paramref name="level"/> and <paramref name="compartments"/>, and their client.</summary>
    public async Task<(Principal Principal, HttpClient Client)> StaffAsync(string level, string? compartment, IReadOnlyList<string> compartments)
    {
        var name = Some.Alias("cleared");
        await App.AddUserAsync(name, Role.Analyst, Password);
        var principal = (await Store.FindPrincipalAsync(name, Ct))!;
        var granted = await Store.Classification.SetClearanceAsync(principal.Id,
            new Clearance(level, [.. compartments, .. compartment is null ? Array.Empty<string>() : [compartment]]), Ct);
        Assert.True(granted.IsSuccess, granted.Error?.Message);
        return (principal, App.CreateClient(name, Password));
    }

    /// <summary>A new analyst holding <paramref name="level"/> and <paramref name="compartment"/>, and their client.</summary>
    public Task<(Principal Principal, HttpClient Client)> StaffAsync(string level, string? compartment) => StaffAsync(level, compartment, []);

    /// <summary>The ids a clearance admits: level at or below its own, and no compartment or its own.</summary>
    public IReadOnlySet<string> Expected(string level, string? compartment)
    {
        var rank = Array.IndexOf(Scale, level);
        return Objects.Where(o => o.Rank <= rank && (o.Compartment is null || o.Compartment == compartment)).Select(o => _ids[o.Label]).ToHashSet();
    }

    /// <summary>The ids whose reads go on the record: classified at the recorded level or above, or compartmented.</summary>
    public IReadOnlySet<string> Recorded => Objects.Where(o => o.Rank >= 1 || o.Compartment is not null).Select(o => _ids[o.Label]).ToHashSet();

    /// <summary>Checks every read path for one principal.</summary>
    public async Task AssertReadsAsync(Principal principal, HttpClient client, string level, string? compartment)
    {
        var expected = Expected(level, compartment);
        var withheld = AllIds.Except(expected).ToList();

        // Evidence search (the decision room's search, through its service).
        var reader = await App.Services.GetRequiredService<ReadGate>().ForAsync(PrincipalClaims.ToClaimsPrincipal(principal, "Basic"), Ct);
        var found = await App.Services.GetRequiredService<EvidenceSearch>().FindAsync(reader, Word, Ct);
        Assert.Equal(Sorted(expected), Sorted(found.Select(m => m.Id)));

        // Decisions' cited evidence: one decision, the list, and the room's page.
        var one = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri($"/api/v1/decisions/{DecisionId}", UriKind.Relative), Ct));
        var cited = JsonDocument.Parse(one).RootElement.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("stixId").GetString()!);
        Assert.Equal(Sorted(expected), Sorted(cited));
        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/api/v1/decisions", UriKind.Relative), Ct));
        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri($"/decisions/{DecisionId}", UriKind.Relative), Ct));
        Assert.All(expected, id => Assert.Contains(id, page, StringComparison.Ordinal));
        Assert.All(withheld, id => Assert.DoesNotContain(id, one + list + page, StringComparison.Ordinal));

        // Proposing (and previewing) with cited evidence: a withheld id is refused exactly as an id the store does not hold.
        var unknown = $"threat-actor--{Guid.NewGuid():D}";
        foreach (var path in new[] { "/api/v1/decisions", "/api/v1/decisions/preview" })
        {
            var asUnknown = await RefusalAsync(client, path, unknown);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, asUnknown.Status);
            foreach (var id in withheld)
            {
                var asWithheld = await RefusalAsync(client, path, id);
                Assert.Equal((asUnknown.Status, asUnknown.Body.Replace(unknown, "ID", StringComparison.Ordinal)),
                    (asWithheld.Status, asWithheld.Body.Replace(id, "ID", StringComparison.Ordinal)));
            }
        }

        // The read log: only administrators read it; the recorded reads of this principal are there, by path.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/v1/reads", UriKind.Relative), Ct)).StatusCode);
        // Other decisions of the same server (the list shows them too) may cite other objects: only this matrix's count here.
        var rows = (await Store.Reads.QueryAsync(new ReadLogQuery { Principal = principal.Name, Limit = ReadLogQuery.MaxLimit }, Ct)).Value.Items
            .Where(r => AllIds.Contains(r.ObjectId)).ToList();
        var wanted = expected.Intersect(Recorded).ToList();
        foreach (var path in new[] { ReadPaths.Search, ReadPaths.Api, ReadPaths.Web })
        {
            Assert.Equal(Sorted(wanted), Sorted(rows.Where(r => r.Path == path).Select(r => r.ObjectId).Distinct()));
        }

        Assert.All(rows, r => Assert.Contains(r.ObjectId, expected));
    }

    private async Task SeedPictureAsync()
    {
        var clock = TimeProvider.System;
        var markings = new Dictionary<string, StixObject>();
        foreach (var level in Scale[1..])
        {
            markings[level] = ClassificationMarkings.Create(SharingMarkingKind.Classification, level, Ours, clock);
        }

        foreach (var compartment in Compartments.OfType<string>())
        {
            markings["#" + compartment] = ClassificationMarkings.Create(SharingMarkingKind.Compartment, compartment, Ours, clock);
        }

        var objects = new List<StixObject> { ClassificationMarkings.ExtensionDefinition };
        objects.AddRange(markings.Values);
        foreach (var (label, rank, compartment) in Objects)
        {
            var refs = new List<string>();
            if (rank > 0)
            {
                refs.Add(markings[Scale[rank]].Id);
            }

            if (compartment is not null)
            {
                refs.Add(markings["#" + compartment].Id);
            }

            var id = $"threat-actor--{Guid.NewGuid():D}";
            // STIX forbids an empty list: an object without markings has no object_marking_refs at all.
            var marked = refs.Count == 0 ? "" : $",\"object_marking_refs\":{JsonSerializer.Serialize(refs)}";
            _ids[label] = id;
            objects.Add(StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
                {"type":"threat-actor","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}",
                 "created":"2024-03-22T10:00:00.000Z","modified":"2024-03-22T10:00:00.000Z","name":"{{Word}} {{label}}",
                 "threat_actor_types":["terrorist"]{{marked}}}
                """)));
        }

        var picture = await Store.FindCollectionAsync("picture", Ct) ?? (await Store.AddCollectionAsync("picture", "Picture", null, Ct)).Value;
        var added = await Store.AddObjectsAsync(picture.Id, objects, Ct);
        Assert.All(added.Outcomes, o => Assert.True(o.Succeeded, o.ToString()));
    }

    private static async Task<(HttpStatusCode Status, string Body)> RefusalAsync(HttpClient client, string path, string evidenceId)
    {
        var proposal = PlanRequests.Proposal("urgence-attentat", "FRA-D13").With("evidence", new[] { new { stixId = evidenceId, grade = "B2" } });
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), proposal, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var body = JsonDocument.Parse(text).RootElement;
        // The problem's instance and trace id differ per request; what it says must not.
        return (response.StatusCode, body.TryGetProperty("code", out var code) ? code.GetString() + "|" + body.GetProperty("detail").GetString() : text);
    }

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}
