using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Classification;

/// <summary>Puts staff reads on the record (docs/read-log.md): every read path calls it with the versions it is about
/// to serve, before the response is written, as the TAXII pager logs what a partner receives.</summary>
public sealed class ReadRecorder(ITocsinStore store, TimeProvider clock)
{
    /// <summary>Records, as read by <paramref name="reader"/> through <paramref name="path"/> (one of
    /// <see cref="ReadPaths.All"/>), the versions of <paramref name="versions"/> that <see cref="StaffReader.IsRecorded"/>
    /// holds; nothing when none is. Each version once, in the order served.</summary>
    public async Task RecordAsync(StaffReader reader, string path, IReadOnlyList<StixObject> versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(versions);
        var recorded = versions.Where(reader.IsRecorded).Select(v => new SharedVersion(v.Id, v.VersionKey)).Distinct().ToList();
        if (recorded.Count > 0)
        {
            await store.Reads.RecordAsync(new ReadLogReader(reader.PrincipalId, null), path, recorded, clock.GetUtcNow(), cancellationToken);
        }
    }
}
