using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Windows Registry Key (<c>windows-registry-key</c>, STIX 2.1 §6.17): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class WindowsRegistryKeyRule() : SchemaTypeRule("windows-registry-key", new PropertyTable()
            .Optional("key", PropertyKind.String)
            .Optional("values", PropertyKind.ObjectList)
            .Optional("modified_time", PropertyKind.Timestamp)
            .Optional("creator_user_ref", PropertyKind.Any)
            .Number("number_of_subkeys", PropertyKind.Integer, 0, 9007199254740991))
{

    // The abbreviations of the registry's root keys.
    private static readonly string[] _abbreviatedHives = ["HKLM", "HKCU", "HKCR", "HKU", "HKCC", "HKPD", "HKDD"];

    protected override void CheckCombinations(ValidationContext context)
    {
        WindowsRegistryValues.Check(context);
        // §6.17.1 key: "The hive portion of the key MUST be fully expanded and not truncated; e.g., HKEY_LOCAL_MACHINE
        // must be used instead of HKLM."
        if (context.Root.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && AbbreviatedHive(key.GetString()!) is { } hive)
        {
            context.ErrorAt("key", RuleCodes.RegistryHive,
                $"The hive '{hive}' is abbreviated; write it in full, e.g. HKEY_LOCAL_MACHINE instead of HKLM (§6.17.1).");
        }
    }

    private static string? AbbreviatedHive(string key)
    {
        var end = key.IndexOf('\\', StringComparison.Ordinal);
        var hive = end < 0 ? key : key[..end];
        return _abbreviatedHives.Any(h => h.Equals(hive, StringComparison.OrdinalIgnoreCase)) ? hive : null;
    }
}
