using System.Globalization;

namespace Tocsin.Core.Plan.Schemes;

/// <summary>Checks one level of a scheme file and builds it when it has no problem.</summary>
internal static class LevelReader
{
    public static AlertLevel? Read(LevelFile file, string path, IReadOnlyList<string> languages, List<SchemeIssue> issues)
    {
        var before = issues.Count;
        if (file.Key is null || !PlanJson.KebabKey().IsMatch(file.Key))
        {
            issues.Add(new($"{path}.key", "level-key-format", $"A level key must be lower-case kebab-case, not '{file.Key}'."));
        }

        if (file.Rank is null)
        {
            issues.Add(new($"{path}.rank", "rank-missing", "A level must have a rank (1 is the lowest)."));
        }

        if (file.Colour is null || !PlanJson.Colour().IsMatch(file.Colour))
        {
            issues.Add(new($"{path}.colour", "colour-format", $"A colour is #RRGGBB with upper-case hex digits, not '{file.Colour}'."));
        }

        CheckTexts(file.Names, $"{path}.names", "level-name-missing", "name", languages, issues);
        CheckTexts(file.Descriptions, $"{path}.descriptions", "description-missing", "public description", languages, issues);
        CheckTexts(file.CapEvent, $"{path}.capEvent", "cap-event-missing", "CAP event text", languages, issues);
        var urgency = ParseEnum<CapUrgency>(file.Urgency, $"{path}.urgency", "urgency-unknown", issues);
        var severity = ParseEnum<CapSeverity>(file.Severity, $"{path}.severity", "severity-unknown", issues);
        var certainty = ParseEnum<CapCertainty>(file.Certainty, $"{path}.certainty", "certainty-unknown", issues);
        var maximum = ParseDuration(file.MaximumDuration, $"{path}.maximumDuration", issues);
        if (maximum is not null && file.ExpiryRequired != true)
        {
            issues.Add(new($"{path}.expiryRequired", "duration-without-expiry", "A level with a maximum duration must also require an expiry."));
        }

        if (issues.Count > before)
        {
            return null;
        }

        return new AlertLevel
        {
            Key = file.Key!,
            Rank = file.Rank!.Value,
            Names = file.Names!,
            Colour = file.Colour!,
            Descriptions = file.Descriptions!,
            CapEvents = file.CapEvent!,
            Urgency = urgency!.Value,
            Severity = severity!.Value,
            Certainty = certainty!.Value,
            MaximumDuration = maximum,
            ExpiryRequired = file.ExpiryRequired ?? false,
        };
    }

    private static void CheckTexts(Dictionary<string, string>? texts, string path, string rule, string what, IReadOnlyList<string> languages, List<SchemeIssue> issues)
    {
        foreach (var language in languages.Distinct(StringComparer.Ordinal))
        {
            if (!AlertSchemeReader.HasText(texts, language))
            {
                issues.Add(new($"{path}.{language}", rule, $"The {what} in '{language}' is missing."));
            }
        }
    }

    private static T? ParseEnum<T>(string? text, string path, string rule, List<SchemeIssue> issues)
        where T : struct, Enum
    {
        // Exact CAP spelling only: no numbers, no other case.
        if (text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(text);
        }

        issues.Add(new(path, rule, $"'{text}' is not a CAP 1.2 value; expected one of {string.Join(", ", Enum.GetNames<T>())}."));
        return null;
    }

    private static TimeSpan? ParseDuration(string? text, string path, List<SchemeIssue> issues)
    {
        if (text is null)
        {
            return null;
        }

        var match = PlanJson.Duration().Match(text);
        var days = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        if (!match.Success || days + hours == 0)
        {
            issues.Add(new(path, "duration-format", $"A maximum duration is a positive ISO 8601 duration in days and hours such as P30D or PT72H, not '{text}'."));
            return null;
        }

        return TimeSpan.FromDays(days) + TimeSpan.FromHours(hours);
    }
}
