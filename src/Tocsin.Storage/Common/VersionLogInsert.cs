using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Writes the rows of one served response to a version log (the partner share log, the staff read log) with
/// multi-row INSERTs (a few hundred rows per statement, the same SQL on both engines): one round trip per chunk rather
/// than per row, because audited writes hold the write lock while they run.</summary>
internal static class VersionLogInsert
{
    /// <summary>Rows per statement: at most eight parameters each, well under SQLite's limit of 32,766 parameters.</summary>
    private const int RowsPerStatement = 500;

    /// <summary>Inserts one row per version into <paramref name="table"/>: the columns of <paramref name="fixedColumns"/>
    /// (the same value on every row; each column name is also its parameter name) followed by <c>object_id</c> and
    /// <c>version_key</c>. The table and column names are written by the caller, never input.</summary>
    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, string table, IReadOnlyDictionary<string, object> fixedColumns,
        IReadOnlyList<SharedVersion> versions, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", fixedColumns.Keys);
        var values = string.Join(", ", fixedColumns.Keys.Select(c => "@" + c));
        for (var start = 0; start < versions.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, versions.Count - start);
            var parameters = new DynamicParameters(fixedColumns);
            var sql = new StringBuilder($"INSERT INTO {table} ({columns}, object_id, version_key) VALUES ", 64 + (count * (values.Length + 20)));
            for (var i = 0; i < count; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? "" : ", ").Append('(').Append(values).Append(", @o").Append(n).Append(", @k").Append(n).Append(')');
                parameters.Add("o" + n, versions[start + i].ObjectId);
                parameters.Add("k" + n, versions[start + i].VersionKey);
            }

            // Rows keep the response's order: row ids follow the VALUES order on both engines.
            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
