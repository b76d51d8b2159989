using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary><c>created</c> and <c>modified</c> (STIX 2.1 §2.16, §3.2, §3.6.1).</summary>
internal static class TimestampRules
{
    /// <summary>Checks a timestamp property and returns it when well-formed.</summary>
    public static StixTimestamp? Check(ValidationContext context, string name, JsonElement value, bool millisecondsRequired)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error(RuleCodes.PropertyType, $"'{name}' must be a timestamp string.");
            return null;
        }

        var text = value.GetString();
        if (!StixTimestamp.TryParse(text, out var timestamp))
        {
            context.Error(RuleCodes.TimestampFormat,
                $"'{text}' is not a STIX timestamp (RFC 3339 in UTC, YYYY-MM-DDTHH:mm:ss[.s+]Z).");
            return null;
        }

        // §3.2 created/modified: "The minimum precision MUST be milliseconds (three digits after the decimal place)".
        if (millisecondsRequired && timestamp.FractionDigits < 3)
        {
            context.Error(RuleCodes.TimestampPrecision, $"'{name}' must be precise to at least the millisecond (three fraction digits): '{text}'.");
        }

        return timestamp;
    }

    /// <summary>§3.2 and §3.6.1: <c>modified</c> MUST be later than or equal to <c>created</c> (as instants).</summary>
    public static void CheckOrder(ValidationContext context, StixTimestamp? created, StixTimestamp? modified)
    {
        if (created is { } c && modified is { } m && m < c)
        {
            context.ErrorAt("modified", RuleCodes.ModifiedBeforeCreated, $"'modified' ({m.Text}) is earlier than 'created' ({c.Text}).");
        }
    }
}
