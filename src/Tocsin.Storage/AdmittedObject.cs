using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>An object that passed validation, with the values every engine stores beside its bytes.</summary>
/// <param name="Index">Its position in the batch (outcomes are reported in input order).</param>
/// <param name="Object">The object, bytes as received.</param>
/// <param name="VersionText"><c>modified</c>/<c>created</c> as received; null when keyed by content hash.</param>
/// <param name="VersionTicks">That timestamp's instant in UTC ticks; null when keyed by content hash.</param>
/// <param name="SpecVersion"><c>spec_version</c> as received or as STIX 2.1 implies it.</param>
/// <param name="ContentHash">SHA-256 of the canonical form.</param>
/// <param name="Issues">Warnings found by validation.</param>
internal sealed record AdmittedObject(
    int Index,
    StixObject Object,
    string? VersionText,
    long? VersionTicks,
    string SpecVersion,
    byte[] ContentHash,
    IReadOnlyList<ValidationIssue> Issues);
