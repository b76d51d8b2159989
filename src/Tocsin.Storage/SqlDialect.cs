namespace Tocsin.Storage;

/// <summary>The few pieces of SQL text the engines write differently, for the query builders both share.</summary>
internal abstract class SqlDialect
{
    /// <summary>"<paramref name="column"/> is one of the values of list parameter <paramref name="parameter"/>":
    /// SQLite has no arrays (Dapper expands <c>IN @list</c>); PostgreSQL takes the array as one parameter.</summary>
    public abstract string AnyOf(string column, string parameter);
}
