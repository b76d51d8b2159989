using System.Globalization;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>The refusals of <see cref="DecisionRules"/>, one factory per code. Codes are stable; the
/// list is in docs/alert-plan.md.</summary>
public static class DecisionErrors
{
    /// <summary><c>proposer-role-required</c>: only analysts and approvers propose.</summary>
    public static Error ProposerRoleRequired(string name) => new("proposer-role-required", $"'{name}' holds neither the analyst nor the approver role and cannot propose a decision.");

    /// <summary><c>same-person-cannot-approve</c>.</summary>
    public static Error SamePersonCannotApprove(Guid id) => LifecycleErrors.SamePersonCannotApprove(Subject(id));

    /// <summary><c>approver-role-required</c>.</summary>
    public static Error ApproverRoleRequired(string name) => new("approver-role-required", $"'{name}' does not hold the approver role.");

    /// <summary><c>already-approved</c>.</summary>
    public static Error AlreadyApproved(Guid id) => LifecycleErrors.AlreadyApproved(Subject(id));

    /// <summary><c>not-pending</c>: approve or reject a decision that is not Proposed.</summary>
    public static Error NotPending(Guid id, DecisionStatus status) => LifecycleErrors.NotPending(Subject(id), status);

    /// <summary><c>not-approved</c>: cancel a decision that is not Approved.</summary>
    public static Error NotApproved(Guid id, DecisionStatus status) => LifecycleErrors.NotApproved(Subject(id), status);

    /// <summary><c>not-proposer</c>: only the proposer may withdraw a proposal alone.</summary>
    public static Error NotProposer(Guid id) => LifecycleErrors.NotProposer(Subject(id));

    /// <summary><c>cancellation-pending</c>: a cancellation of the decision already waits for approval.</summary>
    public static Error CancellationPending(Guid id) => LifecycleErrors.CancellationPending(Subject(id));

    /// <summary><c>no-cancellation-pending</c>: approve, reject or withdraw a cancellation that nobody proposed.</summary>
    public static Error NoCancellationPending(Guid id) => LifecycleErrors.NoCancellationPending(Subject(id));

    /// <summary><c>not-cancellation-proposer</c>: only who proposed a pending cancellation may withdraw it alone.</summary>
    public static Error NotCancellationProposer(Guid id) => LifecycleErrors.NotCancellationProposer(Subject(id));

    /// <summary><c>text-invalid-character</c>: a text holds a character that XML 1.0 (and so CAP) cannot carry:
    /// a control character other than tab, line feed and carriage return, a lone surrogate, U+FFFE or U+FFFF.</summary>
    public static Error TextInvalidCharacter(string field, int position, string codePoint) =>
        new("text-invalid-character", $"The {field} holds {codePoint} at position {position}, which a CAP message cannot carry.");

    /// <summary><c>text-too-long</c>.</summary>
    public static Error TextTooLong(string field, int maximum) => new("text-too-long", $"The {field} is longer than {maximum} characters.");

    /// <summary><c>already-expired</c>: approving a decision whose expiry has passed.</summary>
    public static Error AlreadyExpired(Guid id, DateTimeOffset expiresAt) => new("already-expired", $"Decision {id} expired at {Format(expiresAt)} and can no longer be approved.");

    /// <summary><c>reason-required</c>.</summary>
    public static Error ReasonRequired(string action) => LifecycleErrors.ReasonRequired(action, "Decision");

    /// <summary><c>cancellation-in-past</c>: nothing is rewritten backwards.</summary>
    public static Error CancellationInPast(DateTimeOffset at, DateTimeOffset now) => new("cancellation-in-past", $"A cancellation cannot take effect at {Format(at)}, before now ({Format(now)}).");

    /// <summary><c>unknown-scheme</c>.</summary>
    public static Error UnknownScheme(string id) => new("unknown-scheme", $"There is no scheme '{id}'.");

    /// <summary><c>unknown-level</c>.</summary>
    public static Error UnknownLevel(string schemeId, string key) => new("unknown-level", $"Scheme '{schemeId}' has no level '{key}'.");

    /// <summary><c>no-territories</c>.</summary>
    public static Error NoTerritories() => new("no-territories", "A decision must name at least one territory.");

    /// <summary><c>unknown-territory</c>: no shipped territory set has the id.</summary>
    public static Error UnknownTerritory(string id) => new("unknown-territory", $"There is no territory '{id}'.");

    /// <summary><c>territory-outside-scheme</c>: the territory exists but in another scheme's set.</summary>
    public static Error TerritoryOutsideScheme(string id, string schemeId) => new("territory-outside-scheme", $"Territory '{id}' is not covered by scheme '{schemeId}'.");

    /// <summary><c>authority-required</c>.</summary>
    public static Error AuthorityRequired() => new("authority-required", "A decision must name the authority that takes it.");

    /// <summary><c>rationale-language</c>: a translation in a language the scheme does not have, or in its main one.</summary>
    public static Error TranslationLanguage(string language, Schemes.AlertScheme scheme) =>
        new("rationale-language", $"A rationale translation must be in one of the other languages of scheme '{scheme.Id}' ({string.Join(", ", scheme.Languages.Skip(1))}), not '{language}'; the main language ({scheme.Languages[0]}) is the rationale itself.");

    /// <summary><c>rationale-required</c>.</summary>
    public static Error RationaleRequired() => new("rationale-required", "A decision must give its rationale.");

    /// <summary><c>expiry-before-effective</c>.</summary>
    public static Error ExpiryBeforeEffective() => new("expiry-before-effective", "The expiry must come after the effective time.");

    /// <summary><c>review-before-effective</c>.</summary>
    public static Error ReviewBeforeEffective() => new("review-before-effective", "The review-by time must come after the effective time.");

    /// <summary><c>expiry-required</c>.</summary>
    public static Error ExpiryRequired(string key) => new("expiry-required", $"Level '{key}' requires an expiry.");

    /// <summary><c>expiry-exceeds-maximum</c>.</summary>
    public static Error ExpiryExceedsMaximum(string key, TimeSpan maximum) =>
        new("expiry-exceeds-maximum", $"Level '{key}' may last at most {maximum.TotalDays.ToString("0.##", CultureInfo.InvariantCulture)} days from the effective time.");

    /// <summary><c>supersedes-unknown</c>: no decision of the same scheme has the id.</summary>
    public static Error SupersedesUnknown(Guid id) => new("supersedes-unknown", $"The superseded decision {id} is not a decision of this scheme.");

    /// <summary><c>supersedes-mismatch</c>: an exercise and a real decision cannot supersede each other.</summary>
    public static Error SupersedesMismatch(Guid id) => new("supersedes-mismatch", $"Decision {id} is on the other track (exercise or real) and cannot be superseded by this one.");

    /// <summary>How the lifecycle refusals (<see cref="LifecycleErrors"/>) name a decision.</summary>
    public static string Subject(Guid id) => $"Decision {id}";

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
