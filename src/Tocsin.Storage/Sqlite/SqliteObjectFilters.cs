using System.Text;
using Dapper;

namespace Tocsin.Storage.Sqlite;

/// <summary>The id and type filters of an <see cref="ObjectQuery"/> (TAXII <c>match[id]</c>, <c>match[type]</c>),
/// shared by the collection query and the partner-view query so both filter alike. Values are parameters.</summary>
internal static class SqliteObjectFilters
{
    /// <summary>Appends <c>AND o.id IN …</c> and <c>AND o.type IN …</c> for the filters the query sets.</summary>
    public static void AppendIdsAndTypes(StringBuilder sql, ObjectQuery query, DynamicParameters parameters)
    {
        if (query.Ids.Count > 0)
        {
            parameters.Add("ids", query.Ids.Distinct(StringComparer.Ordinal).ToArray());
            sql.Append(" AND o.id IN @ids");
        }

        if (query.Types.Count > 0)
        {
            parameters.Add("types", query.Types.Distinct(StringComparer.Ordinal).ToArray());
            sql.Append(" AND o.type IN @types");
        }
    }
}
