namespace Tocsin.Storage.Postgres;

/// <summary>PostgreSQL's SQL text where it differs.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override string AnyOf(string column, string parameter) => $"{column} = ANY(@{parameter})";
}
