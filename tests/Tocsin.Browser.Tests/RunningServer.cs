using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>A real Kestrel Tocsin server on a free loopback port over a temporary data directory.</summary>
public sealed class RunningServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _app = await TocsinServer.BuildAsync(Tocsin.Testing.SecondFactorRelaxed.Args, new ServerSettings { Port = 0, DataDirectory = _dataDirectory }, CancellationToken.None);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    /// <summary>Adds a user with a password (hashed with few iterations: tests need speed, not strength).</summary>
    public async Task AddUserAsync(string name, Role role, string password)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>Gives a user read and write grants on the picture (created when missing), as accepting a draft item
    /// needs a write grant on its collection.</summary>
    public async Task GrantPictureAsync(string name)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var picture = await store.FindCollectionAsync("picture", CancellationToken.None)
            ?? (await store.AddCollectionAsync("picture", "Intelligence picture", null, CancellationToken.None)).Value;
        var principal = (await store.FindPrincipalAsync(name, CancellationToken.None))!;
        (await store.GrantAsync(picture.Id, principal.Id, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
    }

    /// <summary>Adds an object to the picture (created when missing), where the decision room searches evidence.</summary>
    public async Task AddToPictureAsync(Tocsin.Core.Stix.StixObject stix)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var picture = await store.FindCollectionAsync("picture", CancellationToken.None)
            ?? (await store.AddCollectionAsync("picture", "Intelligence picture", null, CancellationToken.None)).Value;
        var outcome = (await store.AddObjectsAsync(picture.Id, [stix], CancellationToken.None)).Outcomes[0];
        Assert.True(outcome.Succeeded, outcome.ToString());
    }

    /// <summary>Adds a webhook subscriber with sectors and groups directly in the store (its target never answers:
    /// the test reads the message from the store); returns its id.</summary>
    public async Task<Guid> AddRecipientAsync(string name, IReadOnlyList<string> sectors, IReadOnlyList<string> groups)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var subscriber = new Tocsin.Storage.Webhooks.Subscriber(Guid.NewGuid(), name, "https://203.0.113.7/hook", [], false, new byte[32], default, null)
        {
            Sectors = sectors,
            Groups = groups,
        };
        return (await store.Webhooks.AddSubscriberAsync(subscriber, CancellationToken.None)).Value.Id;
    }

    /// <summary>Stores a posture of <paramref name="measureIds"/> over FRA and approves it, as the posture service does.</summary>
    public async Task<Guid> ApprovePostureAsync(params string[] measureIds)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var now = TimeProvider.System.GetUtcNow();
        var (proposer, approver, id) = (Guid.NewGuid(), Guid.NewGuid(), Guid.CreateVersion7());
        var proposed = new Tocsin.Core.Plan.Postures.Posture
        {
            Id = id,
            SchemeId = "vigipirate",
            Titles = new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = "Posture d'essai", ["en"] = "Trial posture" },
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            StartsAt = now,
            Measures = [.. measureIds.Select(m => new Tocsin.Core.Plan.Postures.PostureMeasure(m, ["FRA"]))],
            Authority = "SGDSN",
            Rationale = "Trial",
            Supersedes = [],
            IsExercise = false,
            Status = Tocsin.Core.Plan.Decisions.DecisionStatus.Proposed,
            ProposedBy = proposer,
            ProposedAt = now,
            Events = [new(id, Tocsin.Core.Plan.Decisions.DecisionEventKind.Proposed, proposer, now, null)],
        };
        (await store.Postures.AddAsync(proposed, CancellationToken.None)).Value.ToString();
        var approved = proposed with
        {
            Status = Tocsin.Core.Plan.Decisions.DecisionStatus.Approved,
            ApprovedBy = approver,
            ApprovedAt = now,
            Events = [.. proposed.Events, new(id, Tocsin.Core.Plan.Decisions.DecisionEventKind.Approved, approver, now, null)],
        };
        (await store.Postures.UpdateAsync(approved, 1, CancellationToken.None)).Value.ToString();
        return id;
    }

    /// <summary>The body of the first message about <paramref name="postureId"/> to <paramref name="subscriberId"/>,
    /// waiting for the delivery to write it (10 s at most).</summary>
    public async Task<System.Text.Json.JsonElement> PostureMessageAsync(Guid postureId, Guid subscriberId)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        for (var i = 0; i < 200; i++)
        {
            var message = (await store.Recipients.MessagesAsync(postureId, CancellationToken.None)).FirstOrDefault(m => m.SubscriberId == subscriberId);
            if (message is not null)
            {
                return System.Text.Json.JsonDocument.Parse(message.Body).RootElement;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No posture message was written.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
