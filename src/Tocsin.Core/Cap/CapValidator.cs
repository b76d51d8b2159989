using Tocsin.Core.Stix;

namespace Tocsin.Core.Cap;

/// <summary>Checks a <see cref="CapAlert"/> against the CAP 1.2 rules the XSD cannot express and against
/// Tocsin's publication rules (DESIGN.md "Publication"). Errors stop <see cref="CapWriter"/>; warnings
/// (a SHOULD of the specification) do not.</summary>
/// <remarks>Rule codes: <c>cap-required</c>, <c>cap-invalid-character</c>, <c>cap-identifier-format</c>,
/// <c>cap-sender-format</c>, <c>cap-time-fraction</c>, <c>cap-references-required</c>,
/// <c>cap-reference-format</c>, <c>cap-restriction-required</c>, <c>cap-addresses-required</c>,
/// <c>cap-language-format</c>, <c>cap-web-not-absolute</c>, <c>cap-polygon-format</c>,
/// <c>cap-polygon-too-few-points</c>, <c>cap-polygon-too-many-points</c>, <c>cap-polygon-not-closed</c>,
/// <c>cap-coordinate-range</c>, <c>cap-circle-format</c>, <c>cap-ceiling-without-altitude</c>;
/// warnings <c>cap-exercise-note</c> and <c>cap-error-note</c>. docs/cap.md lists them with their clauses.</remarks>
public static class CapValidator
{
    /// <summary>Tocsin's limit on coordinate pairs per polygon (DESIGN.md "Publication"); receivers such as
    /// cell-broadcast gateways truncate or refuse longer rings.</summary>
    public const int MaxPolygonPoints = 100;

    /// <summary>Every problem found, errors and warnings, in document order; empty when the message is fine.</summary>
    public static IReadOnlyList<ValidationIssue> Validate(CapAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var issues = new CapIssueList(alert.Identifier);
        ValidateEnvelope(alert, issues);
        for (var i = 0; i < alert.Infos.Count; i++)
        {
            CapInfoRules.Validate(alert.Infos[i], $"/alert/info[{i + 1}]", issues);
        }

        return issues.Issues;
    }

    /// <summary>True when <paramref name="issues"/> holds at least one error.</summary>
    public static bool HasErrors(IReadOnlyList<ValidationIssue> issues) =>
        issues.Any(i => i.Severity == ValidationSeverity.Error);

    // §3.2.1: identifier and sender "MUST NOT include spaces, commas or restricted characters (< and &)".
    internal static bool IsCapToken(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is ',' or '<' or '&');

    internal static void WholeSeconds(CapIssueList issues, string path, DateTimeOffset? value)
    {
        if (value is { } v && !CapTime.IsWholeSeconds(v))
        {
            issues.Error(path, "cap-time-fraction", "CAP date-times carry whole seconds only (§3.3.2); truncate the value.");
        }
    }

    private static void ValidateEnvelope(CapAlert alert, CapIssueList issues)
    {
        Token(issues, "/alert/identifier", alert.Identifier, "cap-identifier-format");
        Token(issues, "/alert/sender", alert.Sender, "cap-sender-format");
        WholeSeconds(issues, "/alert/sent", alert.Sent);
        issues.Text("/alert/source", alert.Source);
        issues.Text("/alert/restriction", alert.Restriction);
        issues.Text("/alert/addresses", alert.Addresses);
        issues.Text("/alert/note", alert.Note);
        issues.Text("/alert/incidents", alert.Incidents);
        for (var i = 0; i < alert.Codes.Count; i++)
        {
            issues.Required($"/alert/code[{i + 1}]", alert.Codes[i]);
        }

        if (alert.Scope == CapScope.Restricted && string.IsNullOrWhiteSpace(alert.Restriction))
        {
            issues.Error("/alert/restriction", "cap-restriction-required", "A Restricted message says in <restriction> who may receive it (§3.2.1).");
        }

        if (alert.Scope == CapScope.Private && string.IsNullOrWhiteSpace(alert.Addresses))
        {
            issues.Error("/alert/addresses", "cap-addresses-required", "A Private message lists its recipients in <addresses> (§3.2.1).");
        }

        ValidateReferences(alert, issues);
        ValidateNote(alert, issues);
    }

    private static void ValidateReferences(CapAlert alert, CapIssueList issues)
    {
        if (alert.MsgType != CapMsgType.Alert && alert.References.Count == 0)
        {
            issues.Error("/alert/references", "cap-references-required",
                $"msgType {CapVocabulary.ToWire(alert.MsgType)} applies to earlier messages, which <references> must name (§3.2.1 msgType): an Update the superseded messages, a Cancel the cancelled one.");
        }

        for (var i = 0; i < alert.References.Count; i++)
        {
            var reference = alert.References[i];
            var path = $"/alert/references[{i + 1}]";
            if (!IsCapToken(reference.Sender) || !IsCapToken(reference.Identifier))
            {
                issues.Error(path, "cap-reference-format", "A reference's sender and identifier follow the identifier rules: no spaces, commas, '<' or '&' (§3.2.1).");
            }

            WholeSeconds(issues, path, reference.Sent);
        }
    }

    private static void ValidateNote(CapAlert alert, CapIssueList issues)
    {
        if (!string.IsNullOrWhiteSpace(alert.Note))
        {
            return;
        }

        if (alert.Status == CapStatus.Exercise)
        {
            issues.Warning("/alert/note", "cap-exercise-note", "An Exercise message SHOULD identify the exercise in <note> (§3.2.1 status).");
        }

        if (alert.MsgType == CapMsgType.Error)
        {
            issues.Warning("/alert/note", "cap-error-note", "An Error message SHOULD explain the rejection in <note> (§3.2.1 msgType).");
        }
    }

    private static void Token(CapIssueList issues, string path, string? value, string rule)
    {
        if (string.IsNullOrEmpty(value))
        {
            issues.Error(path, "cap-required", "A required element is missing or blank.");
        }
        else if (!IsCapToken(value))
        {
            issues.Error(path, rule, "Must not include spaces, commas or the restricted characters '<' and '&' (§3.2.1).");
        }
        else
        {
            issues.Text(path, value);
        }
    }
}
