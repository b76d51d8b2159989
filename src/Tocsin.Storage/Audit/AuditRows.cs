using System.Data.Common;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Audit;

/// <summary>The audit tables' columns as both engines select them, and the mapping of their rows, so that
/// only the SQL around them differs per engine.</summary>
internal static class AuditRows
{
    /// <summary>The columns of <c>audit_log</c>, in the order <see cref="EntryOf"/> reads them.</summary>
    public const string EntryColumns = "sequence, at, actor, action, subject, details, prev_hash, hash";

    /// <summary>Every checkpoint, by sequence then time (<see cref="CheckpointRow"/> columns).</summary>
    public const string SelectCheckpoints =
        "SELECT sequence AS Sequence, hash AS Hash, at AS At, signature AS Signature FROM audit_checkpoints ORDER BY sequence, at";

    /// <summary>The entry at the reader's current row, selected with <see cref="EntryColumns"/>.</summary>
    public static AuditEntry EntryOf(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        (byte[])reader.GetValue(6), (byte[])reader.GetValue(7));

    public static IReadOnlyList<AuditCheckpoint> CheckpointsOf(IEnumerable<CheckpointRow> rows) =>
        [.. rows.Select(r => new AuditCheckpoint(r.Sequence, r.Hash, r.At, r.Signature))];

    /// <summary>One <c>audit_checkpoints</c> row as Dapper reads it.</summary>
    internal sealed record CheckpointRow(long Sequence, byte[] Hash, long At, string Signature);
}
