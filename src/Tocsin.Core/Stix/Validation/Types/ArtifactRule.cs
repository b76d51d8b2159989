using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Artifact (<c>artifact</c>, STIX 2.1 §6.1): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class ArtifactRule() : SchemaTypeRule("artifact", new PropertyTable()
            .Optional("mime_type", PropertyKind.String)
            .Optional("payload_bin", PropertyKind.Binary)
            .Optional("url", PropertyKind.String)
            .Optional("hashes", PropertyKind.Hashes)
            .Optional("encryption_algorithm", PropertyKind.Vocabulary, StixVocabularies.EncryptionAlgorithm)
            .Optional("decryption_key", PropertyKind.String))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.1: "One of payload_bin or url MUST be provided."
        Combinations.AtLeastOne(context, "§6.1", "payload_bin", "url");
        Combinations.Excludes(context, "payload_bin", "url", "§6.1");
        // §6.1.1 url: "The value of this property MUST be a valid URL".
        UrlRule.CheckUrl(context, "url", "§6.1.1");
        Combinations.Requires(context, "url", "hashes", "§6.1");
        Combinations.Requires(context, "decryption_key", "encryption_algorithm", "§6.1");
    }
}
