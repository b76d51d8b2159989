namespace Tocsin.Core.Plan.Schemes;

/// <summary>One level of an alert scheme, as read from its scheme file. Texts are keyed by
/// language code (<c>fr</c>, <c>en</c>, <c>nl</c>) and hold every language of the scheme.</summary>
public sealed record AlertLevel
{
    /// <summary>Stable lower-case kebab-case key, e.g. <c>urgence-attentat</c>; decisions name levels by it.</summary>
    public required string Key { get; init; }

    /// <summary>Position in the scheme: 1 is the lowest, ranks are contiguous.</summary>
    public required int Rank { get; init; }

    /// <summary>Name per language.</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>Display colour, <c>#RRGGBB</c> with upper-case hex digits.</summary>
    public required string Colour { get; init; }

    /// <summary>Public description per language: what the level means for the public.</summary>
    public required IReadOnlyDictionary<string, string> Descriptions { get; init; }

    /// <summary>CAP <c>event</c> text per language.</summary>
    public required IReadOnlyDictionary<string, string> CapEvents { get; init; }

    /// <summary>CAP <c>urgency</c> of alerts announcing this level.</summary>
    public required CapUrgency Urgency { get; init; }

    /// <summary>CAP <c>severity</c> of alerts announcing this level.</summary>
    public required CapSeverity Severity { get; init; }

    /// <summary>CAP <c>certainty</c> of alerts announcing this level.</summary>
    public required CapCertainty Certainty { get; init; }

    /// <summary>Longest time a decision may keep this level, measured from the decision's effective
    /// time to its expiry; null when the scheme sets no limit. A level with a maximum also requires an expiry.</summary>
    public TimeSpan? MaximumDuration { get; init; }

    /// <summary>True when every decision setting this level must state an expiry.</summary>
    public required bool ExpiryRequired { get; init; }

    /// <summary>The name in <paramref name="language"/>, or the first name when the scheme lacks that language.</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name : Names.Values.First();
}
