using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Email Message (<c>email-message</c>, STIX 2.1 §6.6): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class EmailMessageRule() : SchemaTypeRule("email-message", new PropertyTable()
            .Required("is_multipart", PropertyKind.Boolean)
            .Optional("date", PropertyKind.Timestamp)
            .Optional("content_type", PropertyKind.String)
            .Optional("from_ref", PropertyKind.Any)
            .Optional("sender_ref", PropertyKind.Any)
            .Optional("to_refs", PropertyKind.Any)
            .Optional("cc_refs", PropertyKind.Any)
            .Optional("bcc_refs", PropertyKind.Any)
            .Optional("message_id", PropertyKind.String)
            .Optional("subject", PropertyKind.String)
            .Optional("received_lines", PropertyKind.StringList)
            .Optional("additional_header_fields", PropertyKind.Dictionary)
            .Optional("body", PropertyKind.String)
            .Optional("body_multipart", PropertyKind.ObjectList)
            .Optional("raw_email_ref", PropertyKind.Any))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.6: body_multipart only when is_multipart is true; body only when it is false.
        if (context.Root.TryGetProperty("is_multipart", out var multipart))
        {
            if (multipart.ValueKind == JsonValueKind.False && Combinations.Has(context, "body_multipart"))
            {
                context.ErrorAt("body_multipart", RuleCodes.PropertyDependency, "'body_multipart' must not be present when 'is_multipart' is false (§6.6).");
            }
            else if (multipart.ValueKind == JsonValueKind.True && Combinations.Has(context, "body"))
            {
                context.ErrorAt("body", RuleCodes.PropertyDependency, "'body' must not be present when 'is_multipart' is true; use 'body_multipart' (§6.6).");
            }
        }
    }
}
