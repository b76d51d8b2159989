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

    /// <summary>Territory ids separated by spaces or commas.</summary>
    public string? Territories { get; set; }

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

    /// <summary>One line per piece of evidence: STIX id, a space, Admiralty grade.</summary>
    public string? Evidence { get; set; }

    /// <summary>True for an exercise.</summary>
    public bool Exercise { get; set; }

    /// <summary><c>preview</c> or <c>submit</c>.</summary>
    public string? Action { get; set; }

    /// <summary>The form as the body of <c>POST /api/v1/decisions</c>, or the name of the field that cannot be read.</summary>
    public (ProposeRequest? Request, string? BadField) ToRequest()
    {
        if (!TryTime(EffectiveAt, out var effective) || effective is null)
        {
            return (null, nameof(EffectiveAt));
        }

        if (!TryTime(ExpiresAt, out var expires))
        {
            return (null, nameof(ExpiresAt));
        }

        if (!TryTime(ReviewBy, out var review))
        {
            return (null, nameof(ReviewBy));
        }

        var supersedes = new List<Guid>();
        foreach (var word in Words(Supersedes))
        {
            if (!Guid.TryParse(word, out var id))
            {
                return (null, nameof(Supersedes));
            }

            supersedes.Add(id);
        }

        var evidence = (Evidence ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(parts => new ProposeRequest.EvidenceItem(parts[0], parts.Length > 1 ? parts[1] : null)).ToList();
        var translations = string.IsNullOrWhiteSpace(RationaleEnglish) ? null : new Dictionary<string, string> { ["en"] = RationaleEnglish };
        return (new ProposeRequest(Scheme, Level, [.. Words(Territories)], effective, review, expires, Authority, Rationale, supersedes, evidence, Exercise,
            translations), null);
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
