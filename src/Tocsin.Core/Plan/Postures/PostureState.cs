using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Plan.Postures;

/// <summary>Which posture, and so which measures, are in force where and when (docs/postures.md), the way
/// <see cref="PlanState"/> gives the level. One track at a time, as for decisions; postures of other schemes and
/// never-approved ones are ignored. When no posture is in force, the measures are the catalogue's default for the
/// level in force. Immutable.</summary>
public sealed class PostureState
{
    private readonly TerritorySet _territories;
    private readonly MeasureCatalogue _catalogue;
    private readonly PlanState _levels;

    /// <summary>The state of <paramref name="catalogue"/>'s scheme over <paramref name="territories"/> given
    /// <paramref name="postures"/>; <paramref name="levels"/> gives the level in force on the same track.</summary>
    public PostureState(TerritorySet territories, MeasureCatalogue catalogue, PlanState levels, IEnumerable<Posture> postures, DecisionTrack track = DecisionTrack.Live)
    {
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(postures);
        _territories = territories;
        _catalogue = catalogue;
        _levels = levels;
        var exercise = track switch
        {
            DecisionTrack.Live => false,
            DecisionTrack.Exercise => true,
        };
        var approved = postures
            .Where(p => p.WasApproved && p.IsExercise == exercise && string.Equals(p.SchemeId, catalogue.SchemeId, StringComparison.Ordinal))
            .ToList();
        Periods = [.. approved.Select(p => PeriodOf(p, approved)).OrderBy(p => p.Start).ThenBy(p => p.Posture.ApprovedAt)];
    }

    /// <summary>The in-force period of every approved posture on the track, by start then approval.</summary>
    public IReadOnlyList<PosturePeriod> Periods { get; }

    /// <summary>The posture in force on <paramref name="territoryId"/> at <paramref name="at"/>: among those in force
    /// covering the territory or an ancestor, the one with the latest start (ties: the later approval); null when
    /// none. Fails with <c>unknown-territory</c>.</summary>
    public Result<Posture?> InForce(string territoryId, DateTimeOffset at) =>
        _territories.Contains(territoryId) ? Deciding(territoryId, at) : UnknownTerritory(territoryId);

    /// <summary>The measures applying on <paramref name="territoryId"/> at <paramref name="at"/> (only public ones when
    /// <paramref name="publicOnly"/>): those of the posture in force whose territories cover it and whose dates hold
    /// the instant; when no posture is in force, the catalogue's default for the level in force. Fails with
    /// <c>unknown-territory</c>.</summary>
    public Result<MeasuresInForce> MeasuresInForce(string territoryId, DateTimeOffset at, bool publicOnly)
    {
        var level = _levels.LevelInForce(territoryId, at);
        if (!level.IsSuccess)
        {
            return level.Error;
        }

        var levelKey = level.Value.Level.Key;
        if (Deciding(territoryId, at) is not { } posture)
        {
            var byLevel = _catalogue.ActiveAt(levelKey, publicOnly);
            return byLevel.IsSuccess ? new MeasuresInForce(territoryId, at, levelKey, null, byLevel.Value) : byLevel.Error;
        }

        var start = Periods.First(p => p.Posture.Id == posture.Id).Start;
        var applying = posture.Measures
            .Where(m => (m.From ?? start) <= at && (m.Until is null || at < m.Until) && m.TerritoryIds.Any(t => _territories.Covers(t, territoryId)))
            .Select(m => m.MeasureId)
            .ToHashSet(StringComparer.Ordinal);
        var measures = _catalogue.Measures.Where(m => applying.Contains(m.Id) && (m.IsPublic || !publicOnly)).ToList();
        return new MeasuresInForce(territoryId, at, levelKey, posture, measures);
    }

    /// <summary>The postures in force on <paramref name="territoryId"/> between <paramref name="from"/> and
    /// <paramref name="to"/>: contiguous segments, oldest first, adjacent ones differing in posture. Fails with
    /// <c>unknown-territory</c> or <c>timeline-range</c> (to ≤ from).</summary>
    public Result<IReadOnlyList<PostureSegment>> Timeline(string territoryId, DateTimeOffset from, DateTimeOffset to)
    {
        if (!_territories.Contains(territoryId))
        {
            return UnknownTerritory(territoryId);
        }

        if (to <= from)
        {
            return new Error("timeline-range", "The end of a timeline must come after its start.");
        }

        var cuts = Periods
            .Where(p => p.Posture.TerritoryIds.Any(id => _territories.Covers(id, territoryId)))
            .SelectMany(p => p.End is { } end ? [p.Start, end] : new[] { p.Start })
            .Where(t => t > from && t < to)
            .Append(from)
            .Append(to)
            .Distinct()
            .Order()
            .ToList();
        var segments = new List<PostureSegment>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var posture = Deciding(territoryId, cuts[i])?.Id;
            if (segments.Count > 0 && segments[^1].PostureId == posture)
            {
                segments[^1] = segments[^1] with { End = cuts[i + 1] };
            }
            else
            {
                segments.Add(new PostureSegment(cuts[i], cuts[i + 1], posture));
            }
        }

        return segments;
    }

    private Posture? Deciding(string territoryId, DateTimeOffset at) =>
        Periods
            .Where(p => p.Covers(at) && p.Posture.TerritoryIds.Any(id => _territories.Covers(id, territoryId)))
            .OrderByDescending(p => p.Start)
            .ThenByDescending(p => p.Posture.ApprovedAt)
            .ThenByDescending(p => p.Posture.Id)
            .Select(p => p.Posture)
            .FirstOrDefault();

    private static PosturePeriod PeriodOf(Posture posture, IReadOnlyList<Posture> track)
    {
        var ends = new List<DateTimeOffset>();
        if (posture.EndsAt is { } end)
        {
            ends.Add(end);
        }

        if (posture.CancelledAt is { } cancelled)
        {
            ends.Add(cancelled);
        }

        // A superseder ends this posture at its own start, provided it did start: one cancelled at or before its
        // start was never in force and supersedes nothing.
        ends.AddRange(track.Where(s => s.Supersedes.Contains(posture.Id) && !(s.CancelledAt <= Start(s))).Select(Start));
        return new PosturePeriod(posture, Start(posture), ends.Count == 0 ? null : ends.Min());
    }

    private static DateTimeOffset Start(Posture posture) =>
        posture.ApprovedAt is { } approved && approved > posture.StartsAt ? approved : posture.StartsAt;

    private Error UnknownTerritory(string id) => new("unknown-territory", $"Territory set '{_territories.Id}' has no territory '{id}'.");
}
