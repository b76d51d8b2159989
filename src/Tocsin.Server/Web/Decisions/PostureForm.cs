using System.Globalization;
using Tocsin.Core.Plan.Postures;

namespace Tocsin.Server.Web.Decisions;

/// <summary>What the posture form posts, as typed; <see cref="ToProposal"/> turns it into the proposal the posture rules
/// check, so the page and the API refuse the same things. Times are UTC, <c>yyyy-MM-ddTHH:mm</c> (a <c>datetime-local</c>
/// input). Each ticked measure applies on every territory of the posture for its whole period; finer choices go
/// through the API or the CLI.</summary>
public sealed class PostureForm
{
    /// <summary>Scheme id.</summary>
    public string? Scheme { get; set; }

    /// <summary>Title in the scheme's main language.</summary>
    public string? Title { get; set; }

    /// <summary>Title in English, optional.</summary>
    public string? TitleEnglish { get; set; }

    /// <summary>Level key.</summary>
    public string? Level { get; set; }

    /// <summary>Territory ids ticked in the tree.</summary>
    public List<string> TerritoryPicks { get => field; set => field = value ?? []; } = [];

    /// <summary>Start of the period.</summary>
    public string? StartsAt { get; set; }

    /// <summary>End of the period, optional.</summary>
    public string? EndsAt { get; set; }

    /// <summary>Who decides.</summary>
    public string? Authority { get; set; }

    /// <summary>Why, in the scheme's main language.</summary>
    public string? Rationale { get; set; }

    /// <summary>Measure ids ticked.</summary>
    public List<string> MeasurePicks { get => field; set => field = value ?? []; } = [];

    /// <summary><c>defaults</c> to tick the level's default measures again; anything else proposes.</summary>
    public string? Step { get; set; }

    /// <summary>The proposal, or the name of a time field that does not read as a time.</summary>
    public (PostureProposal? Proposal, string? BadTime) ToProposal(string mainLanguage)
    {
        if (!TryTime(StartsAt, out var starts) || starts is null)
        {
            return (null, nameof(StartsAt));
        }

        if (!TryTime(EndsAt, out var ends))
        {
            return (null, nameof(EndsAt));
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal) { [mainLanguage] = Title ?? string.Empty };
        if (!string.IsNullOrWhiteSpace(TitleEnglish) && mainLanguage != "en")
        {
            titles["en"] = TitleEnglish;
        }

        var territories = TerritoryPicks.Distinct(StringComparer.Ordinal).ToList();
        return (new PostureProposal
        {
            SchemeId = Scheme ?? string.Empty,
            Titles = titles,
            LevelKey = Level ?? string.Empty,
            TerritoryIds = territories,
            StartsAt = starts.Value,
            EndsAt = ends,
            Measures = [.. MeasurePicks.Distinct(StringComparer.Ordinal).Select(id => new PostureMeasure(id, territories))],
            Authority = Authority ?? string.Empty,
            Rationale = Rationale ?? string.Empty,
        }, null);
    }

    private static bool TryTime(string? text, out DateTimeOffset? at)
    {
        at = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            at = parsed;
            return true;
        }

        return false;
    }
}
