namespace Tocsin.Server.Postures;

/// <summary>The postures in force on a territory between two instants, as contiguous segments; a segment without a
/// posture is one where the level's default measures applied.</summary>
public sealed record PostureHistoryView(string Scheme, string Territory, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<PostureHistoryView.SegmentView> Segments)
{
    /// <summary>One stretch: its posture (null: none) and that posture's titles.</summary>
    public sealed record SegmentView(DateTimeOffset Start, DateTimeOffset End, Guid? Posture, IReadOnlyDictionary<string, string>? Titles);
}
