using Dapper;
using Tocsin.Storage.Search;

namespace Tocsin.Storage.Sqlite;

/// <summary>SQLite's SQL text where it differs.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override string AnyOf(string column, string parameter) => $"{column} IN @{parameter}";

    public override string VersionPredicate(VersionFilter versions, string peerCondition, DynamicParameters parameters) =>
        SqliteVersionSql.Predicate(versions, peerCondition, parameters);

    public override SearchSql Search => SearchSql.Sqlite;
}
