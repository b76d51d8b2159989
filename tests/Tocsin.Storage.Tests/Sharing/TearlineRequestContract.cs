using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>Contract: a tearline waiting for a second person comes back whole, and is released once only.</summary>
public abstract class TearlineRequestContract : StoreContractBase
{
    private static TearlineRequest Request(Guid collectionId) => new(
        Guid.CreateVersion7(), collectionId, $"threat-actor--{Guid.NewGuid():D}", TlpLevel.Green,
        new TearlineTexts
        {
            Released = new Dictionary<string, IReadOnlyList<string>> { ["aliases"] = ["Khorasan branch", "« ISKP »"] },
            Omitted = new HashSet<string> { "description" },
            AsTheyStand = new HashSet<string> { "name" },
        },
        Guid.NewGuid(), new DateTimeOffset(2024, 3, 24, 18, 0, 0, 123, TimeSpan.Zero), TearlineRequestStatus.Pending, null, null, null);

    [Fact]
    public async Task A_pending_request_comes_back_with_its_texts()
    {
        await using var db = await OpenAsync();
        var request = Request((await db.NewCollectionAsync()).Id);
        await db.Store.TearlineRequests.AddAsync(request, Ct);

        var found = (await db.Store.TearlineRequests.FindAsync(request.Id, Ct))!;

        Assert.Equal((request.ObjectId, "Khorasan branch|« ISKP »", "description", "name", request.RequestedAt, TearlineRequestStatus.Pending),
            (found.ObjectId, string.Join('|', found.Texts.Released["aliases"]), found.Texts.Omitted.Single(), found.Texts.AsTheyStand.Single(), found.RequestedAt, found.Status));
    }

    [Fact]
    public async Task A_request_is_released_once_only()
    {
        await using var db = await OpenAsync();
        var request = Request((await db.NewCollectionAsync()).Id);
        await db.Store.TearlineRequests.AddAsync(request, Ct);
        var approver = Guid.NewGuid();
        await db.Store.TearlineRequests.MarkReleasedAsync(request.Id, approver, "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", Ct);

        var again = await db.Store.TearlineRequests.MarkReleasedAsync(request.Id, approver, "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", Ct);

        Assert.Equal(("tearline-request-decided", 0), (again.Error?.Code, (await db.Store.TearlineRequests.ListPendingAsync(Ct)).Count));
    }
}
