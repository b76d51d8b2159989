using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>MAC Address (<c>mac-addr</c>, STIX 2.1 §6.10): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class MacAddrRule() : SchemaTypeRule("mac-addr", new PropertyTable()
            .Required("value", PropertyKind.String))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.10: "a single colon-delimited, lowercase MAC-48 address, which MUST include leading zeros".
        if (context.Root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && !IsMac48(value.GetString()!))
        {
            context.ErrorAt("value", RuleCodes.ValueFormat, $"'{value.GetString()}' is not a colon-delimited lower-case MAC-48 address such as 0a:1b:2c:3d:4e:5f (§6.10).");
        }
    }

    private static bool IsMac48(string value)
    {
        if (value.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            var ok = i % 3 == 2 ? value[i] == ':' : char.IsAsciiDigit(value[i]) || value[i] is >= 'a' and <= 'f';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
