using System.Runtime.InteropServices;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>What every engine's import path reports and audits, whatever SQL it runs.</summary>
internal static class ObjectWriteResults
{
    /// <summary>The outcome of an admitted object.</summary>
    public static ObjectOutcome Outcome(AdmittedObject item, ObjectOutcomeKind kind, DateAddedStamp? dateAdded) =>
        new(item.Object.Id, item.VersionText ?? item.Object.VersionKey, kind, item.Issues, dateAdded);

    /// <summary>The versions a batch made visible, for its one audit entry (none: no entry).</summary>
    public static List<AuditedVersion> AddedVersions(List<AdmittedObject> admitted, ObjectOutcome?[] outcomes) =>
        [.. admitted.Where(i => outcomes[i.Index]!.Kind == ObjectOutcomeKind.Added)
            .Select(i => new AuditedVersion(i.Object.Id, i.Object.VersionKey, i.ContentHash))];

    /// <summary>The exact bytes; the backing array itself when the memory spans all of it (no copy).</summary>
    public static byte[] JsonBytes(StixObject stixObject) =>
        MemoryMarshal.TryGetArray(stixObject.Json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : stixObject.Json.ToArray();
}
