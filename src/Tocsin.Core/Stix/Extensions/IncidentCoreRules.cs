namespace Tocsin.Core.Stix.Extensions;

/// <summary>The required part of the OASIS Incident Core Extension (version 2.0), which Tocsin pairs with
/// its terrorist incident extension: <c>determination</c> from its enumeration and
/// <c>investigation_status</c>, on incidents only. Its other properties are left alone.</summary>
internal static class IncidentCoreRules
{
    /// <summary><c>incident-determination-enum</c>.</summary>
    private static readonly string[] _determinations =
    [
        "blocked", "failed-attempt", "false-positive", "low-value", "successful-attempt", "suspected",
    ];

    public static void Check(ExtensionCheck check)
    {
        if (check.Object.Type != "incident")
        {
            check.Error(null, "incident-core-object-type", $"The Incident Core Extension applies to incidents only, not to '{check.Object.Type}'.");
        }

        check.RequireExtensionType();
        var determination = check.String("determination");
        if (determination is null || !_determinations.Contains(determination))
        {
            check.Error("determination", "incident-core-determination", "'determination' is required and must be one of: " + string.Join(", ", _determinations) + ".");
        }

        if (string.IsNullOrEmpty(check.String("investigation_status")))
        {
            check.Error("investigation_status", "incident-core-investigation-status", "'investigation_status' is required (new, open, closed).");
        }
    }
}
