using System.Globalization;
using System.Text.Json;

namespace Tocsin.Core.Plan.Schemes;

/// <summary>Reads a scheme file (JSON, format in docs/alert-plan.md) and checks every rule, so that
/// one read reports all of a file's problems rather than the first.</summary>
public static class AlertSchemeReader
{
    /// <summary>Reads <paramref name="json"/>. Malformed JSON gives a single <c>json-malformed</c>
    /// issue; otherwise every broken rule gives one issue (codes listed in docs/alert-plan.md).</summary>
    public static SchemeReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        SchemeFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SchemeFile>(json, PlanJson.Options);
        }
        catch (JsonException e)
        {
            return new SchemeReadResult(null, [new SchemeIssue(e.Path ?? "$", "json-malformed", e.Message)]);
        }

        if (file is null)
        {
            return new SchemeReadResult(null, [new SchemeIssue("$", "json-malformed", "The file holds null, not a scheme object.")]);
        }

        var issues = new List<SchemeIssue>();
        var languages = CheckScheme(file, issues);
        var levels = new List<AlertLevel>();
        var levelFiles = file.Levels ?? [];
        for (var i = 0; i < levelFiles.Count; i++)
        {
            if (LevelReader.Read(levelFiles[i], $"$.levels[{i}]", languages, issues) is { } level)
            {
                levels.Add(level);
            }
        }

        CheckLevelSet(file, levelFiles, issues);
        var expiry = ReadExpiry(file.CapExpires, issues);
        var territoryRule = ReadTerritoryRule(file.TerritoryRule, issues);
        if (issues.Count > 0)
        {
            return new SchemeReadResult(null, issues);
        }

        var scheme = new AlertScheme
        {
            Id = file.Id!,
            Names = file.Names!,
            Issuer = file.Issuer ?? new Dictionary<string, string>(StringComparer.Ordinal),
            Country = file.Country!,
            Languages = languages,
            BaselineLevelKey = file.Baseline!,
            TerritorySetId = file.TerritorySet!,
            Levels = [.. levels.OrderBy(level => level.Rank)],
            CapExpiry = expiry,
            TerritoryRule = territoryRule,
        };
        return new SchemeReadResult(scheme, []);
    }

    private static List<string> CheckScheme(SchemeFile file, List<SchemeIssue> issues)
    {
        if (file.Id is null || !PlanJson.KebabKey().IsMatch(file.Id))
        {
            issues.Add(new("$.id", "scheme-id-format", $"The scheme id must be lower-case kebab-case, not '{file.Id}'."));
        }

        if (file.Country is null || !PlanJson.CountryAlpha3().IsMatch(file.Country))
        {
            issues.Add(new("$.country", "country-format", $"The country must be an ISO 3166-1 alpha-3 code such as FRA, not '{file.Country}'."));
        }

        if (string.IsNullOrWhiteSpace(file.TerritorySet))
        {
            issues.Add(new("$.territorySet", "territory-set-missing", "The scheme must name its territory set, e.g. FRA."));
        }

        var languages = file.Languages ?? [];
        if (languages.Count == 0)
        {
            issues.Add(new("$.languages", "languages-missing", "The scheme must list at least one language."));
        }

        for (var i = 0; i < languages.Count; i++)
        {
            if (!PlanJson.Language().IsMatch(languages[i]))
            {
                issues.Add(new($"$.languages[{i}]", "language-format", $"'{languages[i]}' is not a lower-case ISO 639 language code."));
            }
        }

        foreach (var language in languages.Distinct(StringComparer.Ordinal))
        {
            if (!HasText(file.Names, language))
            {
                issues.Add(new($"$.names.{language}", "name-missing", $"The scheme has no name in '{language}'."));
            }

            if (file.Issuer is not null && !HasText(file.Issuer, language))
            {
                issues.Add(new($"$.issuer.{language}", "issuer-missing", $"The scheme names its issuer but not in '{language}'."));
            }
        }

        return languages;
    }

    private static void CheckLevelSet(SchemeFile file, List<LevelFile> levels, List<SchemeIssue> issues)
    {
        if (levels.Count == 0)
        {
            issues.Add(new("$.levels", "levels-missing", "The scheme must have at least one level."));
            return;
        }

        foreach (var duplicate in levels.Where(l => l.Key is not null).GroupBy(l => l.Key!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new("$.levels", "level-key-duplicate", $"The level key '{duplicate.Key}' is used {duplicate.Count()} times."));
        }

        var ranks = levels.Where(l => l.Rank is not null).Select(l => l.Rank!.Value).Order().ToList();
        if (ranks.Count == levels.Count && !ranks.SequenceEqual(Enumerable.Range(1, levels.Count)))
        {
            var written = string.Join(", ", ranks.Select(r => r.ToString(CultureInfo.InvariantCulture)));
            issues.Add(new("$.levels", "ranks-not-contiguous", $"Ranks must be 1 to {levels.Count}, each once; they are {written}."));
        }

        if (file.Baseline is null || !levels.Any(l => string.Equals(l.Key, file.Baseline, StringComparison.Ordinal)))
        {
            issues.Add(new("$.baseline", "baseline-unknown", $"The baseline '{file.Baseline}' is not the key of a level."));
        }
    }

    private static CapExpiryPolicy ReadExpiry(CapExpiresFile? file, List<SchemeIssue> issues)
    {
        if (file is null)
        {
            return CapExpiryPolicy.Default;
        }

        CapExpiryMode? mode = file.Policy switch
        {
            "fixed" => CapExpiryMode.Fixed,
            "review-by" => CapExpiryMode.ReviewBy,
            _ => null,
        };
        if (mode is null)
        {
            issues.Add(new("$.capExpires.policy", "cap-expires-policy", $"The CAP expiry policy must be 'fixed' or 'review-by', not '{file.Policy}'."));
        }

        var period = TimeSpan.FromHours(file.PeriodHours ?? CapExpiryPolicy.Default.Period.TotalHours);
        var margin = TimeSpan.FromHours(file.ReissueMarginHours ?? CapExpiryPolicy.Default.ReissueMargin.TotalHours);
        if (period <= TimeSpan.Zero || margin <= TimeSpan.Zero || margin >= period)
        {
            issues.Add(new("$.capExpires", "cap-expires-period", "periodHours and reissueMarginHours must be positive, the margin shorter than the period."));
        }

        return new CapExpiryPolicy(mode ?? CapExpiryMode.Fixed, period, margin);
    }

    // Absent means override, the rule every scheme followed before files declared one: a deployment's own
    // scheme files keep loading and keep their meaning. A value that is present must be one of the two.
    private static TerritoryRule ReadTerritoryRule(string? value, List<SchemeIssue> issues)
    {
        switch (value)
        {
            case null or "override":
                return TerritoryRule.Override;
            case "reinforce-only":
                return TerritoryRule.ReinforceOnly;
            default:
                issues.Add(new("$.territoryRule", "territory-rule-unknown", $"The territory rule must be 'reinforce-only' or 'override', not '{value}'."));
                return TerritoryRule.Override;
        }
    }

    internal static bool HasText(Dictionary<string, string>? texts, string language) =>
        texts is not null && texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text);
}
