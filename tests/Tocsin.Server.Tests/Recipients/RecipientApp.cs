using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Principals;
using Tocsin.Server.Recipients;
using Tocsin.Server.Tests.Webhooks;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Recipients;

/// <summary>A Tocsin server with a webhook receiver, an administrator, an analyst and a measure catalogue of its own:
/// a restricted transport measure for operators, a restricted energy measure, and a public one for everyone.</summary>
public sealed class RecipientApp : IAsyncLifetime
{
    public const string Password = "recipient-password";
    public const string Transport = "TRA-R-01";
    public const string Energy = "ENE-R-01";

    private WebApplicationFactory<Program> _node = null!;

    public string DataDirectory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));

    public WebhookReceiver Receiver { get; private set; } = null!;

    public string Admin { get; } = Some.Alias("admin");

    public string Analyst { get; } = Some.Alias("analyst");

    public static MeasureCatalogue Catalogue { get; } = BuildCatalogue();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Receiver = await WebhookReceiver.StartAsync();
        _node = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("Tocsin:DataDirectory", DataDirectory)
            .UseSetting(Tocsin.Testing.SecondFactorRelaxed.Key, Tocsin.Testing.SecondFactorRelaxed.Value)
            .UseSetting("Tocsin:Webhooks:AllowList:0", "127.0.0.1")
            .UseSetting("Tocsin:Webhooks:DispatchInterval", "00:00:00.050")
            .UseSetting("Tocsin:Recipients:PollInterval", "00:00:00.050")
            .UseSetting("Tocsin:Recipients:ReminderAfter", "00:00:00")
            .ConfigureTestServices(services => services.AddSingleton(new PostureMeasures(_ => Catalogue))));
        _node.Server.ToString(); // starts the host and its background services
        await AddUserAsync(Admin, Role.Admin);
        await AddUserAsync(Analyst, Role.Analyst);
    }

    public HttpClient CreateClient() => _node.CreateClient();

    public HttpClient CreateClient(string username)
    {
        var client = _node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{Password}")));
        return client;
    }

    /// <summary>Adds a subscriber with sectors and groups through the API; returns its id and secret.</summary>
    public async Task<(Guid Id, string Secret)> AddSubscriberAsync(string url, string[] sectors, string[] groups, bool exercises = false)
    {
        using var client = CreateClient(Admin);
        var response = await client.PostAsJsonAsync("/api/v1/subscribers",
            new { name = Some.Alias("sub"), url, territories = Array.Empty<string>(), exercises, sectors, groups }, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(System.Net.HttpStatusCode.Created, response)).RootElement;
        return (body.GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    /// <summary>Stores a posture and approves it directly in the store, as the posture service does; returns it.</summary>
    public async Task<Posture> ApprovePostureAsync(bool exercise = false, params string[] measureIds)
    {
        var now = TimeProvider.System.GetUtcNow();
        var proposer = Guid.NewGuid();
        var approver = Guid.NewGuid();
        var posture = new Posture
        {
            Id = Guid.CreateVersion7(),
            SchemeId = "vigipirate",
            Titles = new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = "Posture de test", ["en"] = "Test posture" },
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            StartsAt = now,
            Measures = [.. measureIds.Select(m => new PostureMeasure(m, ["FRA"]))],
            Authority = "SGDSN",
            Rationale = "Test",
            Supersedes = [],
            IsExercise = exercise,
            Status = DecisionStatus.Proposed,
            ProposedBy = proposer,
            ProposedAt = now,
            Events = [],
        };
        posture = posture with { Events = [new PostureEvent(posture.Id, DecisionEventKind.Proposed, proposer, now, null)] };
        var approved = posture with
        {
            Status = DecisionStatus.Approved,
            ApprovedBy = approver,
            ApprovedAt = now,
            Events = [.. posture.Events, new PostureEvent(posture.Id, DecisionEventKind.Approved, approver, now, null)],
        };
        await using var store = await OpenStoreAsync();
        (await store.Postures.AddAsync(posture, CancellationToken.None)).Value.ToString();
        return (await store.Postures.UpdateAsync(approved, 1, CancellationToken.None)).Value;
    }

    public async Task<ITocsinStore> OpenStoreAsync() =>
        (await StoreOpener.OpenAsync(null, DataDirectory, TimeProvider.System, CancellationToken.None)).Value;

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await Receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ScratchDirectory.DeleteAsync(DataDirectory);
    }

    private async Task AddUserAsync(string name, Role role)
    {
        await using var store = await OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(Password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    private static MeasureCatalogue BuildCatalogue()
    {
        var template = PlanCatalogue.Default.MeasuresOf("vigipirate").Measures[0];
        Measure Make(string id, bool isPublic, string[] sectors, string[] groups) => template with
        {
            Id = id,
            IsPublic = isPublic,
            Sectors = sectors,
            RecipientGroups = groups,
            Titles = new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = "Mesure " + id, ["en"] = "Measure " + id },
        };
        return new MeasureCatalogue(PlanCatalogue.Default.FindScheme("vigipirate")!,
            [Make(Transport, false, ["transport"], ["operators"]), Make(Energy, false, ["energy"], []), Make("PUB-01", true, [], [])]);
    }
}
