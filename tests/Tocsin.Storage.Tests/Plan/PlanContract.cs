using System.Text;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Stix.Extensions;
using Tocsin.Storage.Publications;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Plan;

/// <summary>Contract: decisions keep every field and every state change; a state change and its CAP
/// messages are stored together or not at all.</summary>
public abstract class PlanContract : StoreContractBase
{
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Paul = Guid.NewGuid();
    private static readonly DateTimeOffset Proposed = new(2024, 3, 24, 17, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_decision_comes_back_with_every_field_and_event()
    {
        await using var db = await OpenAsync();
        var decision = Proposal();
        await db.Store.Plan.AddAsync(decision, [], Ct);

        var found = await db.Store.Plan.FindAsync(decision.Id, Ct);

        AssertSame(decision, found!);
    }

    [Fact]
    public async Task An_approval_is_stored_with_its_message_in_one_write()
    {
        await using var db = await OpenAsync();
        var decision = Proposal();
        await db.Store.Plan.AddAsync(decision, [], Ct);
        var approved = Approve(decision);

        var updated = await db.Store.Plan.UpdateAsync(approved, 1, [Message("tocsin-a-1", approved.Id)], Ct);

        Assert.True(updated.IsSuccess, updated.Error?.Message);
        AssertSame(approved, (await db.Store.Plan.FindAsync(decision.Id, Ct))!);
        Assert.Equal("tocsin-a-1", Assert.Single(await db.Store.Publications.ForDecisionAsync(decision.Id, Ct)).Identifier);
    }

    [Fact]
    public async Task A_state_change_and_its_message_are_one_audit_entry()
    {
        await using var db = await OpenAsync();
        var decision = Proposal();
        await db.Store.Plan.AddAsync(decision, [], Ct);
        var before = (await db.Store.Audit.HeadAsync(Ct))!.Sequence;
        var approved = Approve(decision);

        await db.Store.Plan.UpdateAsync(approved, 1, [Message("tocsin-a-1", approved.Id)], Ct);

        Assert.Equal(["decision.change"], await ActionsAfterAsync(db, before));
    }

    [Fact]
    public async Task A_refused_message_leaves_the_decision_unchanged()
    {
        await using var db = await OpenAsync();
        var decision = Proposal();
        await db.Store.Plan.AddAsync(decision, [], Ct);
        await db.Store.Publications.AddAsync(Message("taken", null), Ct);

        var updated = await db.Store.Plan.UpdateAsync(Approve(decision), 1, [Message("taken", decision.Id)], Ct);

        Assert.Equal("publication-identifier-taken", updated.Error?.Code);
        AssertSame(decision, (await db.Store.Plan.FindAsync(decision.Id, Ct))!);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_read_is_refused()
    {
        await using var db = await OpenAsync();
        var decision = Proposal();
        await db.Store.Plan.AddAsync(decision, [], Ct);
        await db.Store.Plan.UpdateAsync(Approve(decision), 1, [], Ct);

        var again = await db.Store.Plan.UpdateAsync(Reject(decision), 1, [], Ct);

        Assert.Equal("decision-changed", again.Error?.Code);
    }

    [Fact]
    public async Task Updating_an_unknown_decision_is_refused()
    {
        await using var db = await OpenAsync();

        var updated = await db.Store.Plan.UpdateAsync(Approve(Proposal()), 1, [], Ct);

        Assert.Equal("decision-not-found", updated.Error?.Code);
    }

    [Fact]
    public async Task Adding_the_same_decision_twice_is_refused()
    {
        await using var db = await OpenAsync();
        var decision = Proposal();
        await db.Store.Plan.AddAsync(decision, [], Ct);

        var again = await db.Store.Plan.AddAsync(decision, [], Ct);

        Assert.Equal("decision-exists", again.Error?.Code);
    }

    [Fact]
    public async Task Decisions_are_listed_per_scheme_in_the_order_they_were_proposed()
    {
        await using var db = await OpenAsync();
        var later = Proposal() with { ProposedAt = Proposed.AddHours(1) };
        var earlier = Proposal();
        var british = Proposal() with { SchemeId = "uk-threat-level", LevelKey = "severe", TerritoryIds = ["GBR"] };
        await db.Store.Plan.AddAsync(later, [], Ct);
        await db.Store.Plan.AddAsync(earlier, [], Ct);
        await db.Store.Plan.AddAsync(british, [], Ct);

        var listed = await db.Store.Plan.ListAsync("vigipirate", Ct);

        Assert.Equal([earlier.Id, later.Id], listed.Select(d => d.Id));
    }

    [Fact]
    public async Task An_imported_approved_decision_is_stored_with_its_message()
    {
        await using var db = await OpenAsync();
        var approved = Approve(Proposal());

        await db.Store.Plan.AddAsync(approved, [Message("tocsin-import-1", approved.Id)], Ct);

        Assert.Equal(2, (await db.Store.Plan.FindAsync(approved.Id, Ct))!.Events.Count);
        Assert.NotNull(await db.Store.Publications.FindAsync("tocsin-import-1", Ct));
    }

    [Fact]
    public async Task A_pending_cancellation_comes_back_with_its_requested_time()
    {
        await using var db = await OpenAsync();
        var approved = Approve(Proposal());
        await db.Store.Plan.AddAsync(approved, [], Ct);
        var requested = new DateTimeOffset(2024, 4, 1, 8, 0, 0, 250, TimeSpan.Zero);
        var pending = approved with
        {
            Events = [.. approved.Events, new DecisionEvent(approved.Id, DecisionEventKind.CancellationProposed, Ana, Proposed.AddDays(3), "Menace réévaluée.", requested)],
        };

        await db.Store.Plan.UpdateAsync(pending, 2, [], Ct);

        Assert.Equal(new CancellationProposal(Ana, Proposed.AddDays(3), "Menace réévaluée.", requested), (await db.Store.Plan.FindAsync(approved.Id, Ct))!.PendingCancellation);
    }

    [Fact]
    public async Task Evidence_not_in_the_store_is_reported_missing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var stored = StixJson.Identity();
        await db.AddAsync(collection, stored.Build());
        var absent = Some.StixId("report");

        var missing = await db.Store.Plan.MissingObjectsAsync([stored.Id, absent], Ct);

        Assert.Equal([absent], missing);
    }

    private static Decision Proposal()
    {
        var id = Guid.CreateVersion7();
        return new Decision
        {
            Id = id,
            SchemeId = "vigipirate",
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA", "FRA-D973"],
            EffectiveAt = new DateTimeOffset(2024, 3, 24, 18, 0, 0, TimeSpan.Zero),
            ReviewBy = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero),
            ExpiresAt = new DateTimeOffset(2025, 3, 24, 0, 0, 0, TimeSpan.Zero),
            Authority = "Premier ministre, après conseil de défense",
            Rationale = "Menace « très élevée » ; revendication de l'EI.",
            RationaleTranslations = new Dictionary<string, string> { ["en"] = "A « very high » threat; claimed by IS." },
            Supersedes = [Guid.NewGuid()],
            Evidence = [new DecisionEvidence("report--96f70a1f-1612-4efe-a16f-40b78520c05d", AdmiraltyGrade.Parse("B2").Value)],
            IsExercise = false,
            Status = DecisionStatus.Proposed,
            ProposedBy = Ana,
            ProposedAt = Proposed,
            Events = [new DecisionEvent(id, DecisionEventKind.Proposed, Ana, Proposed, null)],
        };
    }

    private static Decision Approve(Decision d) => d with
    {
        Status = DecisionStatus.Approved,
        ApprovedBy = Paul,
        ApprovedAt = Proposed.AddMinutes(30),
        Events = [.. d.Events, new DecisionEvent(d.Id, DecisionEventKind.Approved, Paul, Proposed.AddMinutes(30), null)],
    };

    private static Decision Reject(Decision d) => d with
    {
        Status = DecisionStatus.Rejected,
        Reason = "Pas d'élément nouveau.",
        Events = [.. d.Events, new DecisionEvent(d.Id, DecisionEventKind.Rejected, Paul, Proposed.AddMinutes(30), "Pas d'élément nouveau.")],
    };

    private static Publication Message(string identifier, Guid? decisionId) => new(
        0, identifier, decisionId, new DateTimeOffset(2024, 3, 24, 19, 30, 0, TimeSpan.Zero), CapStatus.Actual, CapMsgType.Alert, CapScope.Public,
        "vigipirate", "urgence-attentat", ["FRA"], "Urgence attentat",
        Encoding.UTF8.GetBytes($"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>{identifier}</identifier></alert>"));

    private static void AssertSame(Decision expected, Decision actual)
    {
        // Records holding lists compare lists by reference: compare them by content.
        var empty = new Dictionary<string, string>();
        Assert.Equal(expected with { TerritoryIds = [], Supersedes = [], Evidence = [], Events = [], RationaleTranslations = empty },
            actual with { TerritoryIds = [], Supersedes = [], Evidence = [], Events = [], RationaleTranslations = empty });
        Assert.Equal(expected.RationaleTranslations.OrderBy(t => t.Key, StringComparer.Ordinal), actual.RationaleTranslations.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Equal(expected.TerritoryIds, actual.TerritoryIds);
        Assert.Equal(expected.Supersedes, actual.Supersedes);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Events, actual.Events);
    }

    private static async Task<List<string>> ActionsAfterAsync(TestStore db, long sequence)
    {
        var actions = new List<string>();
        await foreach (var entry in db.Store.Audit.ReadAsync(sequence + 1, 100, Ct))
        {
            actions.Add(entry.Action);
        }

        return actions;
    }
}
