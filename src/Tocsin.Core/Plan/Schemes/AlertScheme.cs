namespace Tocsin.Core.Plan.Schemes;

/// <summary>A national alert scheme: an ordered list of levels, the languages its texts are written
/// in, the level that holds when no decision is in force, and the territories it covers.</summary>
/// <remarks>Read and validated by <see cref="AlertSchemeReader"/>; the file format is in docs/alert-plan.md.</remarks>
public sealed record AlertScheme
{
    /// <summary>Stable lower-case kebab-case id, e.g. <c>vigipirate</c>, <c>uk-threat-level</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name per language.</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the country running the scheme, e.g. <c>FRA</c>.</summary>
    public required string Country { get; init; }

    /// <summary>Language codes every text of the scheme is written in, the first being the main one.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>Key of the level in force where no decision is.</summary>
    public required string BaselineLevelKey { get; init; }

    /// <summary>Id of the territory set decisions of this scheme apply to, e.g. <c>FRA</c>.</summary>
    public required string TerritorySetId { get; init; }

    /// <summary>Levels ordered by rank, lowest first.</summary>
    public required IReadOnlyList<AlertLevel> Levels { get; init; }

    /// <summary>Who publishes the scheme's messages, by language (e.g. <c>{"fr": "Premier ministre (SGDSN)", "en": "Prime
    /// Minister of France (SGDSN)"}</c>): the CAP <c>senderName</c> of each <c>info</c> in a language other than the
    /// main one, since the authority a decision names is written in the main language only. Empty when the file
    /// gives none; then those infos name the scheme in their language.</summary>
    public IReadOnlyDictionary<string, string> Issuer { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long its CAP messages are valid and when they are re-issued; <see cref="CapExpiryPolicy.Default"/>
    /// when the file names no <c>capExpires</c>.</summary>
    public CapExpiryPolicy CapExpiry { get; init; } = CapExpiryPolicy.Default;

    /// <summary>How decisions on nested territories combine; <see cref="TerritoryRule.Override"/> when the file names no
    /// <c>territoryRule</c>, so a deployment's scheme file written before the rule existed keeps its meaning.</summary>
    public TerritoryRule TerritoryRule { get; init; } = TerritoryRule.Override;

    /// <summary>The baseline level.</summary>
    public AlertLevel Baseline => FindLevel(BaselineLevelKey)
        ?? throw new InvalidOperationException($"Scheme '{Id}' has no baseline level '{BaselineLevelKey}'.");

    /// <summary>The level with <paramref name="key"/> (ordinal, case-sensitive), or null.</summary>
    public AlertLevel? FindLevel(string key) =>
        Levels.FirstOrDefault(level => string.Equals(level.Key, key, StringComparison.Ordinal));
}
