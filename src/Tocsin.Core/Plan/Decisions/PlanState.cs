using System.Collections.Concurrent;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>Evaluates the level in force from a scheme's decisions, following docs/alert-plan.md
/// exactly. One track at a time: <see cref="DecisionTrack.Live"/> considers only non-exercise
/// decisions (the level in force); <see cref="DecisionTrack.Exercise"/> only exercise decisions (the
/// exercise timeline). Decisions of other schemes and never-approved ones are ignored. Decisions on nested territories
/// combine by the scheme's <see cref="TerritoryRule"/>. Immutable.</summary>
public sealed class PlanState
{
    private readonly AlertScheme _scheme;
    private readonly TerritorySet _territories;

    // The periods covering a territory, found once per territory: the public snapshot asks about every territory several
    // times at each publication, and each question would otherwise test every decision's territories again.
    private readonly ConcurrentDictionary<string, InForcePeriod[]> _covering = new(StringComparer.Ordinal);

    /// <summary>The state of <paramref name="scheme"/> over <paramref name="territories"/> given <paramref name="decisions"/>.</summary>
    public PlanState(AlertScheme scheme, TerritorySet territories, IEnumerable<Decision> decisions, DecisionTrack track = DecisionTrack.Live)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentNullException.ThrowIfNull(decisions);
        _scheme = scheme;
        _territories = territories;
        var exercise = track switch
        {
            DecisionTrack.Live => false,
            DecisionTrack.Exercise => true,
        };
        var approved = decisions
            .Where(d => d.WasApproved && d.IsExercise == exercise && string.Equals(d.SchemeId, scheme.Id, StringComparison.Ordinal))
            .ToList();
        Periods = [.. approved.Select(d => PeriodOf(d, approved)).OrderBy(p => p.Start).ThenBy(p => p.Decision.ApprovedAt)];
    }

    /// <summary>The in-force period of every approved decision on the track, by start then approval.</summary>
    public IReadOnlyList<InForcePeriod> Periods { get; }

    /// <summary>The level in force on <paramref name="territoryId"/> at <paramref name="at"/>, and the deciding decision:
    /// among the decisions in force then covering the territory or an ancestor, the one the scheme's
    /// <see cref="TerritoryRule"/> picks — under <see cref="TerritoryRule.Override"/> the latest start (ties: the later
    /// approval, then the larger id); under <see cref="TerritoryRule.ReinforceOnly"/> the highest-ranked level (ties: the
    /// latest start, then as override). The baseline when none. Fails with <c>unknown-territory</c>.</summary>
    public Result<LevelInForce> LevelInForce(string territoryId, DateTimeOffset at)
    {
        if (!_territories.Contains(territoryId))
        {
            return UnknownTerritory(territoryId);
        }

        var deciding = Deciding(territoryId, at);
        return new LevelInForce(territoryId, at, deciding is null ? _scheme.Baseline : LevelOf(deciding), deciding);
    }

    /// <summary>The history of <paramref name="territoryId"/> between <paramref name="from"/> and
    /// <paramref name="to"/>: contiguous segments, oldest first, adjacent segments differing in level or
    /// deciding decision, each decided as <see cref="LevelInForce"/> decides (cut at every start and end of a decision
    /// covering the territory or an ancestor). Fails with <c>unknown-territory</c> or <c>timeline-range</c> (to ≤ from).</summary>
    public Result<IReadOnlyList<TimelineSegment>> Timeline(string territoryId, DateTimeOffset from, DateTimeOffset to)
    {
        if (!_territories.Contains(territoryId))
        {
            return UnknownTerritory(territoryId);
        }

        if (to <= from)
        {
            return new Error("timeline-range", "The end of a timeline must come after its start.");
        }

        var cuts = Covering(territoryId)
            .SelectMany(p => p.End is { } end ? [p.Start, end] : new[] { p.Start })
            .Where(t => t > from && t < to)
            .Append(from)
            .Append(to)
            .Distinct()
            .Order()
            .ToList();
        var segments = new List<TimelineSegment>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var deciding = Deciding(territoryId, cuts[i]);
            var level = deciding is null ? _scheme.Baseline : LevelOf(deciding);
            if (segments.Count > 0 && segments[^1].DecisionId == deciding?.Id)
            {
                segments[^1] = segments[^1] with { End = cuts[i + 1] };
            }
            else
            {
                segments.Add(new TimelineSegment(cuts[i], cuts[i + 1], level, deciding?.Id));
            }
        }

        return segments;
    }

    /// <summary>Since when the decision deciding <paramref name="territoryId"/> at <paramref name="at"/> (or the baseline,
    /// when none does) has decided it without a break, looking no further back than <paramref name="from"/>: the start of
    /// the last segment of <see cref="Timeline"/> from <paramref name="from"/> to just after <paramref name="at"/>. Found
    /// by walking back from <paramref name="at"/> over the starts and ends of the covering decisions, so its cost grows
    /// with the decisions that changed the territory lately, not with its whole history. Fails like
    /// <see cref="Timeline"/>.</summary>
    public Result<DateTimeOffset> DecidingSince(string territoryId, DateTimeOffset from, DateTimeOffset at)
    {
        if (!_territories.Contains(territoryId))
        {
            return UnknownTerritory(territoryId);
        }

        if (at < from)
        {
            return new Error("timeline-range", "The end of a timeline must come after its start.");
        }

        var cuts = Covering(territoryId)
            .SelectMany(p => p.End is { } end ? [p.Start, end] : new[] { p.Start })
            .Where(t => t > from && t <= at)
            .Append(from)
            .Distinct()
            .OrderDescending()
            .ToList();
        var deciding = Deciding(territoryId, cuts[0])?.Id;
        var since = cuts[0];
        foreach (var cut in cuts.Skip(1))
        {
            if (Deciding(territoryId, cut)?.Id != deciding)
            {
                break;
            }

            since = cut;
        }

        return since;
    }

    /// <summary>Decisions in force at <paramref name="at"/>, by start.</summary>
    public IReadOnlyList<Decision> InForceAt(DateTimeOffset at) =>
        [.. Periods.Where(p => p.Covers(at)).Select(p => p.Decision)];

    /// <summary>Decisions in force at <paramref name="at"/> whose review-by time is at or before it. A
    /// review-by time never ends a decision.</summary>
    public IReadOnlyList<Decision> OverdueForReview(DateTimeOffset at) =>
        [.. InForceAt(at).Where(d => d.ReviewBy <= at)];

    /// <summary>The scheme whose rules this state follows.</summary>
    public AlertScheme Scheme => _scheme;

    /// <summary>The decisions in force at <paramref name="at"/> covering <paramref name="territoryId"/> or an
    /// ancestor, the deciding one first (the order <see cref="LevelInForce"/> picks by).</summary>
    public IReadOnlyList<Decision> InForceOn(string territoryId, DateTimeOffset at)
    {
        var covering = Covering(territoryId).Where(p => p.Covers(at));
        var ordered = _scheme.TerritoryRule switch
        {
            TerritoryRule.Override => covering.OrderByDescending(p => p.Start),
            TerritoryRule.ReinforceOnly => covering.OrderByDescending(p => RankOf(p.Decision)).ThenByDescending(p => p.Start),
        };
        return [.. ordered.ThenByDescending(p => p.Decision.ApprovedAt).ThenByDescending(p => p.Decision.Id).Select(p => p.Decision)];
    }

    /// <summary>The level <paramref name="decision"/> sets, or the baseline when its level is not (or no longer) in the
    /// scheme.</summary>
    public AlertLevel LevelOf(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return _scheme.FindLevel(decision.LevelKey) ?? _scheme.Baseline;
    }

    private int RankOf(Decision decision) => LevelOf(decision).Rank;

    private InForcePeriod[] Covering(string territoryId) =>
        _territories.Contains(territoryId) ? _covering.GetOrAdd(territoryId, CoveringOf) : CoveringOf(territoryId);

    private InForcePeriod[] CoveringOf(string territoryId) =>
        [.. Periods.Where(p => p.Decision.TerritoryIds.Any(id => _territories.Covers(id, territoryId)))];

    private Decision? Deciding(string territoryId, DateTimeOffset at) =>
        InForceOn(territoryId, at) is [var first, ..] ? first : null;

    private static InForcePeriod PeriodOf(Decision decision, IReadOnlyList<Decision> track)
    {
        var start = Start(decision);
        var ends = new List<DateTimeOffset>();
        if (decision.ExpiresAt is { } expiry)
        {
            ends.Add(expiry);
        }

        if (decision.CancelledAt is { } cancelled)
        {
            ends.Add(cancelled);
        }

        // A superseder ends this decision at its own start, provided it did start: one cancelled at or
        // before its start was never in force and supersedes nothing.
        ends.AddRange(track
            .Where(s => s.Supersedes.Contains(decision.Id) && !(s.CancelledAt <= Start(s)))
            .Select(Start));
        return new InForcePeriod(decision, start, ends.Count == 0 ? null : ends.Min());
    }

    private static DateTimeOffset Start(Decision decision) =>
        decision.ApprovedAt is { } approved && approved > decision.EffectiveAt ? approved : decision.EffectiveAt;

    private Error UnknownTerritory(string id) => new("unknown-territory", $"Territory set '{_territories.Id}' has no territory '{id}'.");
}
