using System.Globalization;

namespace Tocsin.Core.Plan.Postures;

/// <summary>The refusals proper to postures, one factory per code (the two-person rule's are shared with decisions:
/// <see cref="Decisions.LifecycleErrors"/>). Codes are stable; the list is in docs/postures.md.</summary>
public static class PostureErrors
{
    /// <summary>How the shared lifecycle refusals name a posture.</summary>
    public static string Subject(Guid id) => $"Posture {id}";

    /// <summary><c>posture-title-required</c>: no title in the scheme's main language.</summary>
    public static Error TitleRequired(string language) => new("posture-title-required", $"A posture needs a title in the scheme's main language ({language}).");

    /// <summary><c>posture-title-language</c>: a title in a language the scheme does not have.</summary>
    public static Error TitleLanguage(string language, string schemeId) => new("posture-title-language", $"Scheme '{schemeId}' has no language '{language}' for a title.");

    /// <summary><c>posture-period</c>: the end does not come after the start.</summary>
    public static Error Period() => new("posture-period", "The end of a posture must come after its start.");

    /// <summary><c>already-expired</c>: approving a posture whose period has ended (the decisions' code).</summary>
    public static Error AlreadyEnded(Guid id, DateTimeOffset end) =>
        new("already-expired", $"Posture {id} ended at {end.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} and can no longer be approved.");

    /// <summary><c>posture-no-measures</c>.</summary>
    public static Error NoMeasures() => new("posture-no-measures", "A posture must activate at least one measure.");

    /// <summary><c>posture-unknown-measure</c>: not in the scheme's catalogue.</summary>
    public static Error UnknownMeasure(string id, string schemeId) => new("posture-unknown-measure", $"The catalogue of scheme '{schemeId}' has no measure '{id}'.");

    /// <summary><c>posture-duplicate-measure</c>.</summary>
    public static Error DuplicateMeasure(string id) => new("posture-duplicate-measure", $"Measure '{id}' is listed twice.");

    /// <summary><c>posture-measure-territories</c>: a measure with no territory, or one outside the posture's.</summary>
    public static Error MeasureTerritories(string id, string? territoryId) => territoryId is null
        ? new("posture-measure-territories", $"Measure '{id}' must name at least one territory.")
        : new("posture-measure-territories", $"Territory '{territoryId}' of measure '{id}' is not covered by the posture's territories.");

    /// <summary><c>posture-measure-period</c>: a measure's dates outside the posture's period, or not in order.</summary>
    public static Error MeasurePeriod(string id) =>
        new("posture-measure-period", $"The dates of measure '{id}' must lie within the posture's period, its start before its end.");

    /// <summary><c>posture-supersedes-unknown</c>: no posture of the same scheme has the id.</summary>
    public static Error SupersedesUnknown(Guid id) => new("posture-supersedes-unknown", $"The superseded posture {id} is not a posture of this scheme.");

    /// <summary><c>posture-supersedes-not-approved</c>: only an approved posture can be superseded.</summary>
    public static Error SupersedesNotApproved(Guid id, Decisions.DecisionStatus status) =>
        new("posture-supersedes-not-approved", $"Posture {id} is {status}; only an approved posture can be superseded.");

    /// <summary><c>posture-supersedes-mismatch</c>: an exercise and a real posture cannot supersede each other.</summary>
    public static Error SupersedesMismatch(Guid id) => new("posture-supersedes-mismatch", $"Posture {id} is on the other track (exercise or real) and cannot be superseded by this one.");
}
