using Tocsin.Core.Plan.Postures;

namespace Tocsin.Server.Postures;

/// <summary>The measures applying on a territory at an instant and where they come from: the posture in force, or
/// the level's default list when none is (<paramref name="Posture"/> null).</summary>
public sealed record MeasuresInForceView(
    string Scheme,
    string Territory,
    DateTimeOffset At,
    string Level,
    MeasuresInForceView.PostureSummary? Posture,
    IReadOnlyList<MeasuresInForceView.MeasureEntry> Measures)
{
    /// <summary>The view of <paramref name="inForce"/> in <paramref name="schemeId"/>.</summary>
    public static MeasuresInForceView From(string schemeId, MeasuresInForce inForce)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        var posture = inForce.Posture is { } p ? new PostureSummary(p.Id, p.Titles, p.StartsAt, p.EndsAt, p.Authority) : null;
        return new MeasuresInForceView(schemeId, inForce.TerritoryId, inForce.At, inForce.LevelKey, posture,
            [.. inForce.Measures.Select(m => new MeasureEntry(m.Id, m.Domain.ToString(), m.Titles, m.IsPublic))]);
    }

    /// <summary>The posture in force, as anyone may see it.</summary>
    public sealed record PostureSummary(Guid Id, IReadOnlyDictionary<string, string> Titles, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string Authority);

    /// <summary>One measure applying.</summary>
    public sealed record MeasureEntry(string Id, string Domain, IReadOnlyDictionary<string, string> Titles, bool Public);
}
