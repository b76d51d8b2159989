using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Postures;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Postures;

/// <summary>Contract: postures keep every field and every state change; approvals and cancellations are
/// numbered changes written with them, read back after a cursor.</summary>
public abstract class PostureContract : StoreContractBase
{
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Paul = Guid.NewGuid();
    private static readonly DateTimeOffset Proposed = new(2026, 6, 1, 9, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_posture_comes_back_with_every_field_and_event()
    {
        await using var db = await OpenAsync();
        var posture = Proposal();
        await db.Store.Postures.AddAsync(posture, Ct);

        var found = await db.Store.Postures.FindAsync(posture.Id, Ct);

        AssertSame(posture, found!);
    }

    [Fact]
    public async Task An_approval_is_stored_with_a_numbered_change()
    {
        await using var db = await OpenAsync();
        var posture = Proposal();
        await db.Store.Postures.AddAsync(posture, Ct);
        var approved = Approve(posture);

        var updated = await db.Store.Postures.UpdateAsync(approved, 1, Ct);

        Assert.True(updated.IsSuccess, updated.Error?.Message);
        AssertSame(approved, (await db.Store.Postures.FindAsync(posture.Id, Ct))!);
        var change = Assert.Single(await db.Store.Postures.ChangesAfterAsync(0, 10, Ct));
        Assert.Equal((posture.Id, DecisionEventKind.Approved, Proposed.AddMinutes(30)), (change.PostureId, change.Kind, change.At));
    }

    [Fact]
    public async Task Changes_are_read_after_a_cursor_in_the_order_they_were_made()
    {
        await using var db = await OpenAsync();
        var first = Approve(Proposal());
        var second = Approve(Proposal());
        await db.Store.Postures.AddAsync(first, Ct);
        await db.Store.Postures.AddAsync(second, Ct);
        await db.Store.Postures.UpdateAsync(Cancel(first), 2, Ct);
        var all = await db.Store.Postures.ChangesAfterAsync(0, 10, Ct);

        var after = await db.Store.Postures.ChangesAfterAsync(all[0].Sequence, 1, Ct);

        Assert.Equal([(first.Id, DecisionEventKind.Approved), (second.Id, DecisionEventKind.Approved), (first.Id, DecisionEventKind.Cancelled)],
            all.Select(c => (c.PostureId, c.Kind)));
        Assert.Equal([all[1]], after);
    }

    [Fact]
    public async Task A_proposal_or_a_rejection_publishes_no_change()
    {
        await using var db = await OpenAsync();
        var posture = Proposal();
        await db.Store.Postures.AddAsync(posture, Ct);

        await db.Store.Postures.UpdateAsync(Reject(posture), 1, Ct);

        Assert.Empty(await db.Store.Postures.ChangesAfterAsync(0, 10, Ct));
    }

    [Fact]
    public async Task A_state_change_is_one_audit_entry()
    {
        await using var db = await OpenAsync();
        var posture = Proposal();
        await db.Store.Postures.AddAsync(posture, Ct);
        var before = (await db.Store.Audit.HeadAsync(Ct))!.Sequence;

        await db.Store.Postures.UpdateAsync(Approve(posture), 1, Ct);

        Assert.Equal(["posture.change"], await ActionsAfterAsync(db, before));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_read_is_refused_and_changes_nothing()
    {
        await using var db = await OpenAsync();
        var posture = Proposal();
        await db.Store.Postures.AddAsync(posture, Ct);
        var approved = Approve(posture);
        await db.Store.Postures.UpdateAsync(approved, 1, Ct);

        var again = await db.Store.Postures.UpdateAsync(Reject(posture), 1, Ct);

        Assert.Equal("posture-changed", again.Error?.Code);
        AssertSame(approved, (await db.Store.Postures.FindAsync(posture.Id, Ct))!);
        Assert.Single(await db.Store.Postures.ChangesAfterAsync(0, 10, Ct));
    }

    [Fact]
    public async Task Updating_an_unknown_posture_is_refused()
    {
        await using var db = await OpenAsync();

        var updated = await db.Store.Postures.UpdateAsync(Approve(Proposal()), 1, Ct);

        Assert.Equal("posture-not-found", updated.Error?.Code);
    }

    [Fact]
    public async Task Adding_the_same_posture_twice_is_refused()
    {
        await using var db = await OpenAsync();
        var posture = Proposal();
        await db.Store.Postures.AddAsync(posture, Ct);

        var again = await db.Store.Postures.AddAsync(posture, Ct);

        Assert.Equal("posture-exists", again.Error?.Code);
    }

    [Fact]
    public async Task Postures_are_listed_per_scheme_in_the_order_they_were_proposed()
    {
        await using var db = await OpenAsync();
        var later = Proposal() with { ProposedAt = Proposed.AddHours(1) };
        var earlier = Proposal();
        var british = Proposal() with { SchemeId = "uk-threat-level", LevelKey = "severe", TerritoryIds = ["GBR"] };
        await db.Store.Postures.AddAsync(later, Ct);
        await db.Store.Postures.AddAsync(earlier, Ct);
        await db.Store.Postures.AddAsync(british, Ct);

        var listed = await db.Store.Postures.ListAsync("vigipirate", Ct);

        Assert.Equal([earlier.Id, later.Id], listed.Select(p => p.Id));
    }

    [Fact]
    public async Task A_pending_cancellation_comes_back_with_its_requested_time()
    {
        await using var db = await OpenAsync();
        var approved = Approve(Proposal());
        await db.Store.Postures.AddAsync(approved, Ct);
        var requested = new DateTimeOffset(2026, 7, 1, 8, 0, 0, 250, TimeSpan.Zero);
        var proposal = new PostureEvent(approved.Id, DecisionEventKind.CancellationProposed, Ana, Proposed.AddDays(3), "Fin de l'événement.", requested);

        await db.Store.Postures.UpdateAsync(approved with { Events = [.. approved.Events, proposal] }, 2, Ct);

        Assert.Equal(proposal, (await db.Store.Postures.FindAsync(approved.Id, Ct))!.Events[^1]);
    }

    private static Posture Proposal()
    {
        var id = Guid.CreateVersion7();
        return new Posture
        {
            Id = id,
            SchemeId = "vigipirate",
            Titles = new Dictionary<string, string> { ["fr"] = "Posture été 2026", ["en"] = "Summer 2026 posture" },
            LevelKey = "securite-renforcee",
            TerritoryIds = ["FRA", "FRA-D973"],
            StartsAt = new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2026, 9, 15, 0, 0, 0, TimeSpan.Zero),
            Measures =
            [
                new PostureMeasure("RSE-1", ["FRA"]),
                new PostureMeasure("TRA-2", ["FRA-D973"], new DateTimeOffset(2026, 7, 1, 0, 0, 0, 500, TimeSpan.Zero), new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero)),
            ],
            Authority = "SGDSN",
            Rationale = "Grands rassemblements de l'été.",
            Supersedes = [Guid.NewGuid()],
            IsExercise = false,
            Status = DecisionStatus.Proposed,
            ProposedBy = Ana,
            ProposedAt = Proposed,
            Events = [new PostureEvent(id, DecisionEventKind.Proposed, Ana, Proposed, null)],
        };
    }

    private static Posture Approve(Posture p) => p with
    {
        Status = DecisionStatus.Approved,
        ApprovedBy = Paul,
        ApprovedAt = Proposed.AddMinutes(30),
        Events = [.. p.Events, new PostureEvent(p.Id, DecisionEventKind.Approved, Paul, Proposed.AddMinutes(30), null)],
    };

    private static Posture Reject(Posture p) => p with
    {
        Status = DecisionStatus.Rejected,
        Reason = "Pas d'élément nouveau.",
        Events = [.. p.Events, new PostureEvent(p.Id, DecisionEventKind.Rejected, Paul, Proposed.AddMinutes(30), "Pas d'élément nouveau.")],
    };

    private static Posture Cancel(Posture p) => p with
    {
        Status = DecisionStatus.Cancelled,
        CancelledAt = Proposed.AddDays(2),
        Reason = "Fin.",
        Events = [.. p.Events, new PostureEvent(p.Id, DecisionEventKind.Cancelled, Ana, Proposed.AddDays(2), "Fin.")],
    };

    private static void AssertSame(Posture expected, Posture actual)
    {
        // Records holding lists compare lists by reference: compare them by content.
        var empty = new Dictionary<string, string>();
        Assert.Equal(expected with { TerritoryIds = [], Supersedes = [], Measures = [], Events = [], Titles = empty },
            actual with { TerritoryIds = [], Supersedes = [], Measures = [], Events = [], Titles = empty });
        Assert.Equal(expected.Titles.OrderBy(t => t.Key, StringComparer.Ordinal), actual.Titles.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Equal(expected.TerritoryIds, actual.TerritoryIds);
        Assert.Equal(expected.Supersedes, actual.Supersedes);
        Assert.Equal(expected.Measures.Select(Flat), actual.Measures.Select(Flat));
        Assert.Equal(expected.Events, actual.Events);
    }

    private static string Flat(PostureMeasure m) => $"{m.MeasureId}|{string.Join(',', m.TerritoryIds)}|{m.From:O}|{m.Until:O}";

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
