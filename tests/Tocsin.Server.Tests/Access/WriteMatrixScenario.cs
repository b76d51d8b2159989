using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Access;

/// <summary>A collection of our objects, one per <see cref="MatrixMarking"/>, and one client per
/// <see cref="MatrixPrincipal"/>: the ground the write-path matrix is tried on.</summary>
public sealed class WriteMatrixScenario : IDisposable
{
    public const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    public const string Created = "2024-03-22T18:00:00.000Z";
    public const string Later = "2024-03-25T09:00:00.000Z";
    private const string Password = "matrix-password-1";

    private readonly Dictionary<MatrixPrincipal, HttpClient> _taxii = [];
    private readonly Dictionary<MatrixPrincipal, HttpClient> _api = [];
    private readonly Dictionary<MatrixMarking, string> _objects = [];

    private WriteMatrixScenario(Collection collection) => Collection = collection;

    public Collection Collection { get; }

    /// <summary>The login name of each staff principal.</summary>
    public Dictionary<MatrixPrincipal, string> Names { get; } = [];

    /// <summary>The id of our object marked <paramref name="marking"/>.</summary>
    public string ObjectId(MatrixMarking marking) => _objects[marking];

    /// <summary>A TAXII client (Accept: TAXII 2.1) for the principal.</summary>
    public HttpClient Taxii(MatrixPrincipal principal) => _taxii[principal];

    /// <summary>A JSON API client for the principal.</summary>
    public HttpClient Api(MatrixPrincipal principal) => _api[principal];

    public static async Task<WriteMatrixScenario> CreateAsync(TocsinApp app)
    {
        await app.SetOrganisationAsync(Ours);
        var relFra = SharingMarkings.RelTo(["FRA"], Ours, TimeProvider.System);
        var alias = Some.Alias("matrix");
        var markings = new Dictionary<MatrixMarking, string[]>
        {
            [MatrixMarking.Clear] = [TlpMarkings.ClearId],
            [MatrixMarking.Green] = [TlpMarkings.GreenId],
            [MatrixMarking.Amber] = [TlpMarkings.AmberId],
            [MatrixMarking.Red] = [TlpMarkings.RedId],
            [MatrixMarking.GreenRelToFra] = [TlpMarkings.GreenId, relFra.Id],
        };
        var ids = markings.Keys.ToDictionary(m => m, _ => NewId("indicator"));
        await app.SeedObjectsAsync(alias, [Encoding.UTF8.GetString(relFra.Json.Span), .. markings.Select(m => Indicator(ids[m.Key], Created, "ours", m.Value))]);
        var scenario = new WriteMatrixScenario(await app.EnsureCollectionAsync(alias));
        foreach (var (marking, id) in ids)
        {
            scenario._objects[marking] = id;
        }

        await scenario.AddStaffAsync(app, MatrixPrincipal.Analyst, Role.Analyst, CollectionRights.Read | CollectionRights.Write);
        await scenario.AddStaffAsync(app, MatrixPrincipal.Approver, Role.Approver, CollectionRights.None);
        await scenario.AddStaffAsync(app, MatrixPrincipal.WatchOfficer, Role.WatchOfficer, CollectionRights.Read);
        await scenario.AddStaffAsync(app, MatrixPrincipal.Admin, Role.Admin, CollectionRights.None);
        await scenario.AddPartnerAsync(app, MatrixPrincipal.PartnerRead, CollectionRights.Read);
        await scenario.AddPartnerAsync(app, MatrixPrincipal.PartnerReadWrite, CollectionRights.Read | CollectionRights.Write);
        await scenario.AddPartnerAsync(app, MatrixPrincipal.PartnerWriteOnly, CollectionRights.Write);
        return scenario;
    }

    /// <summary>A STIX indicator created by our organisation.</summary>
    public static string Indicator(string id, string modified, string name, params string[] markings) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Created}}","modified":"{{modified}}",
         "name":"{{name}}","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z",
         "object_marking_refs":[{{string.Join(',', markings.Select(m => $"\"{m}\""))}}]}
        """;

    public static string NewId(string type) => $"{type}--{Guid.NewGuid():D}";

    private async Task AddStaffAsync(TocsinApp app, MatrixPrincipal principal, Role role, CollectionRights rights)
    {
        var name = Some.Alias(principal.ToString().ToLowerInvariant());
        await app.AddUserAsync(name, role, Password);
        if (rights != CollectionRights.None)
        {
            await app.GrantAsync(Collection, name, rights);
        }

        Names[principal] = name;
        _taxii[principal] = app.CreateTaxiiClient(name, Password);
        _api[principal] = app.CreateClient(name, Password);
    }

    private async Task AddPartnerAsync(TocsinApp app, MatrixPrincipal principal, CollectionRights rights)
    {
        var name = Some.Alias("partner");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await Api(MatrixPrincipal.Admin).PostAsJsonAsync(Url("/api/v1/partners"), new { name, country = "DEU", ceiling = "green" }, Ct))).RootElement;
        await app.GrantAsync(Collection, name, rights);
        var key = created.GetProperty("apiKey").GetString()!;
        Names[principal] = name;
        _taxii[principal] = app.CreateTaxiiClient(key, string.Empty);
        _api[principal] = app.CreateClient(key, string.Empty);
    }

    public void Dispose()
    {
        foreach (var client in _taxii.Values.Concat(_api.Values))
        {
            client.Dispose();
        }
    }
}
