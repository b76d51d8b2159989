using System.Globalization;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Web.Decisions;

/// <summary>What the propose form posts, as typed; <see cref="ToRequest"/> turns it into the API's body so the page
/// and the API are checked by the same rules. Times are UTC, <c>yyyy-MM-ddTHH:mm</c> (a <c>datetime-local</c> input).</summary>
public sealed class ProposeForm
{
    /// <summary>Scheme id.</summary>
    public string? Scheme { get; set; }

    /// <summary>Level key.</summary>
    public string? Level { get; set; }

    /// <summary>Territory ids separated by spaces or commas, for a client that posts them typed.</summary>
    public string? Territories { get; set; }

    /// <summary>Territory ids ticked in the tree (never null: the form binder sets null when none is ticked).</summary>
    public List<string> TerritoryPicks { get => field; set => field = value ?? []; } = [];

    /// <summary>Requested start.</summary>
    public string? EffectiveAt { get; set; }

    /// <summary>Expiry, optional unless the level requires one.</summary>
    public string? ExpiresAt { get; set; }

    /// <summary>Review-by time.</summary>
    public string? ReviewBy { get; set; }

    /// <summary>Who decides.</summary>
    public string? Authority { get; set; }

    /// <summary>Public rationale in the scheme's main language.</summary>
    public string? Rationale { get; set; }

    /// <summary>Public rationale in English, optional.</summary>
    public string? RationaleEnglish { get; set; }

    /// <summary>Ids of superseded decisions separated by spaces.</summary>
    public string? Supersedes { get; set; }

    /// <summary>Text to look for in the picture (id, name or description).</summary>
    public string? EvidenceQuery { get; set; }

    /// <summary>Evidence offered: the chosen pieces, then the last search's other matches.</summary>
    public List<EvidencePick> Picks { get => field; set => field = value ?? []; } = [];

    /// <summary>The name under which refusals about evidence are shown.</summary>
    public const string Evidence = nameof(Evidence);

    /// <summary>True for an exercise.</summary>
    public bool Exercise { get; set; }

    /// <summary><c>search</c>, <c>preview</c> or <c>submit</c>.</summary>
    public string? Action { get; set; }

    /// <summary>The territories ticked in the tree and those typed, without repeats.</summary>
    public IReadOnlyList<string> AllTerritories => [.. TerritoryPicks.Concat(Words(Territories)).Distinct(StringComparer.Ordinal)];

    /// <summary>The pieces of evidence the analyst cites.</summary>
    public IEnumerable<EvidencePick> Chosen => Picks.Where(p => p.Chosen && !string.IsNullOrEmpty(p.Id));

    /// <summary>The form as the body of <c>POST /api/v1/decisions</c>, or the names of every field that cannot be
    /// read (all of them, so each is shown beside its input at once).</summary>
    public (ProposeRequest? Request, IReadOnlyList<string> BadFields) ToRequest()
    {
        var bad = new List<string>();
        if (!TryTime(EffectiveAt, out var effective) || effective is null)
        {
            bad.Add(nameof(EffectiveAt));
        }

        if (!TryTime(ExpiresAt, out var expires))
        {
            bad.Add(nameof(ExpiresAt));
        }

        if (!TryTime(ReviewBy, out var review))
        {
            bad.Add(nameof(ReviewBy));
        }

        var supersedes = new List<Guid>();
        foreach (var word in Words(Supersedes))
        {
            if (Guid.TryParse(word, out var id))
            {
                supersedes.Add(id);
            }
            else if (!bad.Contains(nameof(Supersedes)))
            {
                bad.Add(nameof(Supersedes));
            }
        }

        if (bad.Count > 0)
        {
            return (null, bad);
        }

        var evidence = Chosen.Select(p => new ProposeRequest.EvidenceItem(p.Id, p.Grade)).ToList();
        var translations = string.IsNullOrWhiteSpace(RationaleEnglish) ? null : new Dictionary<string, string> { ["en"] = RationaleEnglish };
        return (new ProposeRequest(Scheme, Level, AllTerritories, effective, review, expires, Authority, Rationale, supersedes, evidence, Exercise,
            translations), bad);
    }

    /// <summary>A time as the form shows it.</summary>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string[] Words(string? text) =>
        (text ?? string.Empty).Split([' ', ',', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static bool TryTime(string? text, out DateTimeOffset? at)
    {
        at = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            at = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }

        return false;
    }
}
