using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>X.509 Certificate (<c>x509-certificate</c>, STIX 2.1 §6.18): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class X509CertificateRule() : SchemaTypeRule("x509-certificate", new PropertyTable()
            .Optional("is_self_signed", PropertyKind.Boolean)
            .Optional("hashes", PropertyKind.Hashes)
            .Optional("version", PropertyKind.String)
            .Optional("serial_number", PropertyKind.String)
            .Optional("signature_algorithm", PropertyKind.String)
            .Optional("issuer", PropertyKind.String)
            .Optional("validity_not_before", PropertyKind.Timestamp)
            .Optional("validity_not_after", PropertyKind.Timestamp)
            .Optional("subject", PropertyKind.String)
            .Optional("subject_public_key_algorithm", PropertyKind.String)
            .Optional("subject_public_key_modulus", PropertyKind.String)
            .Number("subject_public_key_exponent", PropertyKind.Integer, 0, 9007199254740991)
            .Optional("x509_v3_extensions", PropertyKind.Object))
{

    // §6.18.2 X.509 v3 Extensions type: strings, and two timestamps that must be real STIX timestamps (§2.16).
    private static readonly PropertyTable _v3Extensions = new PropertyTable()
        .Optional("basic_constraints", PropertyKind.String)
        .Optional("name_constraints", PropertyKind.String)
        .Optional("policy_constraints", PropertyKind.String)
        .Optional("key_usage", PropertyKind.String)
        .Optional("extended_key_usage", PropertyKind.String)
        .Optional("subject_key_identifier", PropertyKind.String)
        .Optional("authority_key_identifier", PropertyKind.String)
        .Optional("subject_alternative_name", PropertyKind.String)
        .Optional("issuer_alternative_name", PropertyKind.String)
        .Optional("subject_directory_attributes", PropertyKind.String)
        .Optional("crl_distribution_points", PropertyKind.String)
        .Optional("inhibit_any_policy", PropertyKind.String)
        .Optional("private_key_usage_period_not_before", PropertyKind.Timestamp)
        .Optional("private_key_usage_period_not_after", PropertyKind.Timestamp)
        .Optional("certificate_policies", PropertyKind.String)
        .Optional("policy_mappings", PropertyKind.String);

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "validity_not_before", "validity_not_after", strictlyAfter: false, "§6.18");
        if (context.Root.TryGetProperty("x509_v3_extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.GetPropertyCount() > 0)
        {
            context.Path.Push("x509_v3_extensions");
            PredefinedExtensionRules.CheckObject(context, _v3Extensions, extensions, "the X.509 v3 extensions (§6.18.2)");
            // §6.18.2: "An object using the X.509 v3 Extensions type MUST contain at least one property from this type."
            if (!_v3Extensions.Specs.Any(spec => extensions.TryGetProperty(spec.Name, out _)))
            {
                context.Error(RuleCodes.RequiredOneOf, "The X.509 v3 extensions must contain at least one of their properties (§6.18.2).");
            }

            context.Path.Pop();
        }
    }
}
