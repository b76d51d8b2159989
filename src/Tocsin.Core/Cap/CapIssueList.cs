using Tocsin.Core.Stix;

namespace Tocsin.Core.Cap;

/// <summary>Collects the problems of one message; paths are XPath-like and 1-based, e.g.
/// <c>/alert/info[2]/area[1]/polygon[1]</c>.</summary>
internal sealed class CapIssueList(string? identifier)
{
    private readonly List<ValidationIssue> _issues = [];

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    public void Error(string path, string rule, string message) =>
        _issues.Add(new ValidationIssue(ValidationSeverity.Error, identifier, path, rule, message));

    public void Warning(string path, string rule, string message) =>
        _issues.Add(new ValidationIssue(ValidationSeverity.Warning, identifier, path, rule, message));

    /// <summary>A required text: present, not blank, and only characters XML 1.0 can carry.</summary>
    public void Required(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, "cap-required", "A required element is missing or blank.");
            return;
        }

        Text(path, value);
    }

    /// <summary>An optional text: when present, only characters XML 1.0 can carry (no control characters
    /// other than tab and line breaks, no lone surrogates), or the writer could not write it.</summary>
    public void Text(string path, string? value)
    {
        if (value is not null && !IsXmlText(value))
        {
            Error(path, "cap-invalid-character", "The text holds a character XML 1.0 cannot carry (a control character or a lone surrogate).");
        }
    }

    internal static bool IsXmlText(string value) => XmlText.FirstInvalid(value) < 0;
}
