using System.Buffers;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Email Address (<c>email-addr</c>, STIX 2.1 §6.5): its properties, their types, and a value that is
/// the address alone.</summary>
internal sealed class EmailAddrRule() : SchemaTypeRule("email-addr", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("display_name", PropertyKind.String)
            .Optional("belongs_to_ref", PropertyKind.Any))
{
    private static readonly SearchValues<char> _notInDomain = SearchValues.Create(" \t\r\n<>@\"");
    private static readonly SearchValues<char> _notInQuoted = SearchValues.Create("<>\r\n");

    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.5.1 value: "The value of the email address. This MUST NOT include the display name." The display
        // name has its own property; what is left is an RFC 5322 addr-spec, local-part "@" domain.
        if (context.Root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && !IsAddrSpec(value.GetString()!))
        {
            context.ErrorAt("value", RuleCodes.EmailAddressFormat,
                $"'{value.GetString()}' is not an address alone (local-part@domain); a display name goes in 'display_name' (§6.5.1).");
        }
    }

    // An addr-spec: one '@' outside a quoted local part, something on each side, no angle brackets, and no white
    // space except inside the quoted local part ("john doe"@example.com).
    private static bool IsAddrSpec(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        var local = value.AsSpan(0, at);
        var domain = value.AsSpan(at + 1);
        var quoted = local.Length >= 2 && local[0] == '"' && local[^1] == '"';
        return !domain.ContainsAny(_notInDomain) && (quoted ? !local[1..^1].ContainsAny(_notInQuoted) : !local.ContainsAny(_notInDomain));
    }
}
