using System.Text.Json;

namespace Tocsin.Core.Stix.Extensions;

/// <summary>Checks the extensions Tocsin defines or relies on, in any object that carries them: Tocsin's
/// assertion extension, Tocsin's terrorist incident extension, and the required part of the OASIS
/// Incident Core Extension. Objects without them give no issues.</summary>
/// <remarks>Independent of <see cref="StixValidator"/>, which checks the core specification and may call
/// this for the extension part. Rule codes and the normative text: docs/stix-extensions.md.</remarks>
public static class TocsinExtensionRules
{
    /// <summary>Every problem in the extensions of <paramref name="stixObject"/> (errors for the
    /// extensions' MUSTs, warnings for their SHOULDs). An <c>extensions</c> property that is missing or
    /// not a JSON object is left to <see cref="StixValidator"/>.</summary>
    public static IReadOnlyList<ValidationIssue> Check(StixObject stixObject)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        var issues = new List<ValidationIssue>();
        if (!stixObject.Root.TryGetProperty("extensions", out var extensions) || extensions.ValueKind != JsonValueKind.Object)
        {
            return issues;
        }

        foreach (var extension in extensions.EnumerateObject())
        {
            Action<ExtensionCheck>? rules = extension.Name switch
            {
                TocsinExtensions.AssertionId => AssertionRules.Check,
                TocsinExtensions.TerrorismIncidentId => TerrorismIncidentRules.Check,
                TocsinExtensions.OasisIncidentCoreId => IncidentCoreRules.Check,
                _ => null,
            };
            if (rules is null)
            {
                continue;
            }

            var check = new ExtensionCheck(stixObject, extension.Name, extension.Value, issues);
            if (extension.Value.ValueKind != JsonValueKind.Object)
            {
                check.Error(null, "extension-not-object", "An extension's value must be a JSON object.");
                continue;
            }

            rules(check);
        }

        return issues;
    }
}
