using System.Text;
using Tocsin.Core.Cap;
using Tocsin.Storage.Publications;

namespace Tocsin.Storage.Tests.Publications;

/// <summary>Contract: published CAP messages keep their bytes and their order. Each engine derives a
/// test class from it (feature areas with their own tables each have their own contract class).</summary>
public abstract class PublicationContract : StoreContractBase
{
    [Fact]
    public async Task A_message_comes_back_byte_for_byte_by_identifier()
    {
        await using var db = await OpenAsync();
        var added = (await db.Store.Publications.AddAsync(Message("tocsin-1", CapStatus.Actual), Ct)).Value;

        var found = await db.Store.Publications.FindAsync("tocsin-1", Ct);

        Assert.Equal(added.Xml.ToArray(), found!.Xml.ToArray());
    }

    [Fact]
    public async Task A_second_message_with_the_same_identifier_is_refused()
    {
        await using var db = await OpenAsync();
        await db.Store.Publications.AddAsync(Message("tocsin-1", CapStatus.Actual), Ct);

        var again = await db.Store.Publications.AddAsync(Message("tocsin-1", CapStatus.Actual), Ct);

        Assert.Equal("publication-identifier-taken", again.Error?.Code);
    }

    [Fact]
    public async Task Consumers_follow_new_messages_by_sequence()
    {
        await using var db = await OpenAsync();
        var first = (await db.Store.Publications.AddAsync(Message("tocsin-1", CapStatus.Actual), Ct)).Value;
        await db.Store.Publications.AddAsync(Message("tocsin-2", CapStatus.Exercise), Ct);
        await db.Store.Publications.AddAsync(Message("tocsin-3", CapStatus.Actual), Ct);

        var after = await db.Store.Publications.ListAfterAsync(first.Sequence, 10, Ct);

        Assert.Equal(["tocsin-2", "tocsin-3"], after.Select(p => p.Identifier));
    }

    [Fact]
    public async Task The_public_list_is_newest_first_and_never_holds_exercises()
    {
        await using var db = await OpenAsync();
        await db.Store.Publications.AddAsync(Message("tocsin-1", CapStatus.Actual), Ct);
        await db.Store.Publications.AddAsync(Message("tocsin-2", CapStatus.Exercise), Ct);
        await db.Store.Publications.AddAsync(Message("tocsin-3", CapStatus.Actual), Ct);

        var latest = await db.Store.Publications.LatestPublicAsync(10, Ct);

        Assert.Equal(["tocsin-3", "tocsin-1"], latest.Select(p => p.Identifier));
    }

    [Fact]
    public async Task Messages_of_a_decision_are_listed_together_with_their_territories()
    {
        await using var db = await OpenAsync();
        var decision = Guid.NewGuid();
        await db.Store.Publications.AddAsync(Message("tocsin-1", CapStatus.Actual) with { DecisionId = decision }, Ct);
        await db.Store.Publications.AddAsync(Message("tocsin-2", CapStatus.Actual), Ct);

        var messages = await db.Store.Publications.ForDecisionAsync(decision, Ct);

        Assert.Equal(["FRA", "FRA-D973"], Assert.Single(messages).TerritoryIds);
    }

    private static Publication Message(string identifier, CapStatus status) => new(
        0, identifier, null, new DateTimeOffset(2024, 3, 24, 19, 30, 0, TimeSpan.Zero), status, CapMsgType.Alert, CapScope.Public,
        "vigipirate", "urgence-attentat", ["FRA", "FRA-D973"], "Urgence attentat",
        Encoding.UTF8.GetBytes($"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>{identifier}</identifier></alert>"));
}
