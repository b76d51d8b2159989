using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Software (<c>software</c>, STIX 2.1 §6.14): its properties, their types, and a <c>cpe</c> that is a
/// CPE 2.3 formatted string.</summary>
internal sealed partial class SoftwareRule() : SchemaTypeRule("software", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("cpe", PropertyKind.String)
            .Optional("swid", PropertyKind.String)
            .Optional("languages", PropertyKind.StringList)
            .Optional("vendor", PropertyKind.String)
            .Optional("version", PropertyKind.String))
{
    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.14.1 cpe: "The value for this property MUST be a CPE v2.3 entry from the official NVD CPE Dictionary"; the
        // dictionary is not held here, its syntax is: the formatted string binding of NISTIR 7695 §6.2.
        if (context.Root.TryGetProperty("cpe", out var cpe) && cpe.ValueKind == JsonValueKind.String && !CpeFormattedString().IsMatch(cpe.GetString()!))
        {
            context.ErrorAt("cpe", RuleCodes.CpeFormat,
                $"'{cpe.GetString()}' is not a CPE 2.3 formatted string such as cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:* (§6.14.1).");
        }
    }

    // NISTIR 7695 §6.2.2 (Figure 6-3), the CPE 2.3 formatted-string grammar; the OASIS schema uses the same expression.
    [GeneratedRegex("""^cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$%&'\(\)\+,/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$%&'\(\)\+,/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4}$""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CpeFormattedString();
}
