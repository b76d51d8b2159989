namespace Tocsin.Core.Stix.Versioning;

/// <summary>Why a new version of an object was refused.</summary>
internal static class VersioningErrors
{
    public static Error Revoked(string id) =>
        new("object-revoked", $"{id} is revoked; a revoked object cannot get new versions (STIX 2.1 §3.6).");

    public static Error MarkingDefinition(string id) =>
        new("not-versionable", $"{id} is a marking definition; marking definitions cannot be versioned (STIX 2.1 §7.2).");

    public static Error CyberObservable(string id) =>
        new("not-versionable", $"{id} is a cyber-observable; SCOs have no created/modified and cannot be versioned (STIX 2.1 §6).");

    public static Error NoTimestamps(string id) =>
        new("not-versionable", $"{id} has no valid 'created' and 'modified', so it has no version to supersede (STIX 2.1 §3.6).");
}
