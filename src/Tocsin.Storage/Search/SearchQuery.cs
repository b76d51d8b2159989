namespace Tocsin.Storage.Search;

/// <summary>What a search asks the index for. <see cref="Words"/> come from <see cref="SearchWords.Of"/>, so they
/// are folded and hold letters and digits only: whatever the person typed never reaches the engine's query syntax.</summary>
public sealed record SearchQuery
{
    /// <summary>The most versions one call returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Folded words, each matched as a prefix of an indexed word; all must match. At least one.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Only versions of this STIX type, when set.</summary>
    public string? Type { get; init; }

    /// <summary>Only versions carrying this marking definition id in <c>object_marking_refs</c>, when set.</summary>
    public string? Marking { get; init; }

    /// <summary>Only versions dated at or after this instant (the date: <c>published</c>, else <c>first_seen</c>,
    /// else <c>created</c>), when set.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only versions dated before this instant, when set.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Continue with versions before this <see cref="SearchHit.Row"/>, when set.</summary>
    public long? Before { get; init; }

    /// <summary>How many versions at most (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = 50;
}
