using Tocsin.Core;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Reads;

/// <summary>The read log: staff reads on the record (docs/read-log.md). Like the partner share log, a row is written
/// before the response that serves the version, in an audited transaction; reading the log is itself audited.</summary>
public interface IReadLogStore
{
    /// <summary>Records that <paramref name="reader"/> was served <paramref name="versions"/> through
    /// <paramref name="path"/> at <paramref name="at"/> (UTC, kept to the microsecond), with one audit entry.
    /// Nothing is written when <paramref name="versions"/> is empty.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not one of <see cref="ReadPaths.All"/>.</exception>
    Task RecordAsync(ReadLogReader reader, string path, IReadOnlyList<SharedVersion> versions, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>One page of the rows <paramref name="query"/> selects, oldest first, and one audit entry saying who
    /// looked and with which filters. Fails with <c>read-log-filter-invalid</c> for a path not in
    /// <see cref="ReadPaths.All"/> or an <c>until</c> before <c>since</c>.</summary>
    Task<Result<ReadLogPage>> QueryAsync(ReadLogQuery query, CancellationToken cancellationToken);

    /// <summary>Every row <paramref name="query"/> selects from its cursor on, oldest first, read in pages so that no
    /// connection stays open while the caller writes them out; the audit entry (with <paramref name="format"/>) is
    /// written before the first row. The filters must have passed <see cref="ReadLogQuery.Check"/>.</summary>
    IAsyncEnumerable<ReadLogEntry> ExportAsync(ReadLogQuery query, string format, CancellationToken cancellationToken);
}
