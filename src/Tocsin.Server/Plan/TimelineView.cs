namespace Tocsin.Server.Plan;

/// <summary>The history of a territory: contiguous segments, oldest first.</summary>
public sealed record TimelineView(string Scheme, string Territory, string Name, string Track, DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<TimelineView.SegmentView> Segments)
{
    /// <summary>A stretch with one level and deciding decision (null for the baseline); start inclusive, end exclusive.</summary>
    public sealed record SegmentView(DateTimeOffset Start, DateTimeOffset End, string Level, IReadOnlyDictionary<string, string> LevelNames,
        string Colour, Guid? DecisionId);
}
