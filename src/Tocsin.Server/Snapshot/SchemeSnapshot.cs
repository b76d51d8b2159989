using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Snapshot;

/// <summary>The public status of one scheme in a <see cref="PublicSnapshot"/>: the <c>/api/v1/levels</c> answer with
/// its ETag, and the level in force on every territory, ready for the point look-up.</summary>
public sealed class SchemeSnapshot
{
    /// <summary>The scheme.</summary>
    public required AlertScheme Scheme { get; init; }

    /// <summary>Its territory set, whose locator answers the point look-up.</summary>
    public required TerritorySet Territories { get; init; }

    /// <summary>The levels answer up to its <c>at</c> value: the one part that changes with every request.</summary>
    public required byte[] LevelsBeforeAt { get; init; }

    /// <summary>The levels answer after its <c>at</c> value.</summary>
    public required byte[] LevelsAfterAt { get; init; }

    /// <summary>The weak ETag of the levels answer, computed without its <c>at</c> (the content changes with decisions,
    /// not with the clock).</summary>
    public required string LevelsETag { get; init; }

    /// <summary>The level in force on every territory of the set, by territory id.</summary>
    public required IReadOnlyDictionary<string, LevelEntry> Entries { get; init; }

    /// <summary>The levels answer at <paramref name="at"/>: the precomputed bytes around <paramref name="at"/> written as
    /// the JSON serializer writes it.</summary>
    public byte[] LevelsAt(ReadOnlySpan<byte> at)
    {
        var bytes = new byte[LevelsBeforeAt.Length + at.Length + LevelsAfterAt.Length];
        LevelsBeforeAt.CopyTo(bytes, 0);
        at.CopyTo(bytes.AsSpan(LevelsBeforeAt.Length));
        LevelsAfterAt.CopyTo(bytes, LevelsBeforeAt.Length + at.Length);
        return bytes;
    }
}
