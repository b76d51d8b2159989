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

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "validity_not_before", "validity_not_after", strictlyAfter: false, "§6.18");
    }
}
