using System.Text;
using Dapper;

namespace Tocsin.Storage;

/// <summary>The id and type filters of an <see cref="ObjectQuery"/> (TAXII <c>match[id]</c>, <c>match[type]</c>),
/// shared by the collection query and the partner-view query so both filter alike, on either engine. Values are parameters.</summary>
internal static class ObjectFilterSql
{
    /// <summary>Appends "AND o.id is one of …" and "AND o.type is one of …" for the filters the query sets.</summary>
    public static void AppendIdsAndTypes(StringBuilder sql, ObjectQuery query, DynamicParameters parameters, SqlDialect dialect)
    {
        if (query.Ids.Count > 0)
        {
            parameters.Add("ids", query.Ids.Distinct(StringComparer.Ordinal).ToArray());
            sql.Append(" AND ").Append(dialect.AnyOf("o.id", "ids"));
        }

        if (query.Types.Count > 0)
        {
            parameters.Add("types", query.Types.Distinct(StringComparer.Ordinal).ToArray());
            sql.Append(" AND ").Append(dialect.AnyOf("o.type", "types"));
        }
    }
}
