using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Writes the share-log rows of one served response with multi-row INSERTs (a few hundred rows per
/// statement, the same SQL on both engines): one round trip per chunk rather than per row, because audited
/// writes hold the write lock while they run.</summary>
internal static class ShareLogInsert
{
    /// <summary>Rows per statement: four parameters each, well under SQLite's limit of 32,766 parameters.</summary>
    private const int RowsPerStatement = 500;

    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, string partner, IReadOnlyList<SharedVersion> versions,
        long sharedAt, CancellationToken cancellationToken)
    {
        for (var start = 0; start < versions.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, versions.Count - start);
            var parameters = new DynamicParameters(new { partner, sharedAt });
            var sql = new StringBuilder("INSERT INTO share_log (partner_id, object_id, version_key, shared_at) VALUES ", 64 + (count * 32));
            for (var i = 0; i < count; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? "" : ", ").Append("(@partner, @o").Append(n).Append(", @k").Append(n).Append(", @sharedAt)");
                parameters.Add("o" + n, versions[start + i].ObjectId);
                parameters.Add("k" + n, versions[start + i].VersionKey);
            }

            // Rows keep the response's order: row ids follow the VALUES order on both engines.
            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
