namespace Tocsin.Core.Stix.Validation;

/// <summary>The STIX 2.1 data types (§2) a per-type property table assigns to a property.</summary>
internal enum PropertyKind
{
    /// <summary>Any JSON value; only presence matters (e.g. references, whose syntax the structure walk checks).</summary>
    Any,
    String,
    Boolean,
    Integer,
    Float,
    Timestamp,
    StringList,
    Vocabulary,
    VocabularyList,
    KillChainPhases,
    Hashes,
    Dictionary,
    Hex,

    /// <summary>A character set name from the IANA registry (the <c>*_enc</c> properties, §6.3.1, §6.7.1).</summary>
    Charset,
    Binary,
    Object,
    ObjectList,
}
