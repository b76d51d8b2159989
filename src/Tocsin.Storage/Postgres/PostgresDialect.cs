using Dapper;
using Tocsin.Storage.Search;

namespace Tocsin.Storage.Postgres;

/// <summary>PostgreSQL's SQL text where it differs.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override string AnyOf(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public override string VersionPredicate(VersionFilter versions, string peerCondition, DynamicParameters parameters) =>
        PostgresVersionSql.Predicate(versions, peerCondition, parameters);

    public override SearchSql Search => SearchSql.Postgres;
}
