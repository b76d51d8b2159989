using Dapper;
using Tocsin.Storage.Search;

namespace Tocsin.Storage;

/// <summary>The few pieces of SQL text the engines write differently, for the query builders both share.</summary>
internal abstract class SqlDialect
{
    /// <summary>"<paramref name="column"/> is one of the values of list parameter <paramref name="parameter"/>":
    /// SQLite has no arrays (Dapper expands <c>IN @list</c>); PostgreSQL takes the array as one parameter.</summary>
    public abstract string AnyOf(string column, string parameter);

    /// <summary>The predicate of a <see cref="VersionFilter"/> over a candidate version <c>o</c> joined as <c>co</c> to its
    /// row in collection <c>@collection</c>, its peers being the versions <paramref name="peerCondition"/> admits.</summary>
    public abstract string VersionPredicate(VersionFilter versions, string peerCondition, DynamicParameters parameters);

    /// <summary>The engine's full-text index, for the search query both engines share (<c>Common/SqlSearch</c>).</summary>
    public abstract SearchSql Search { get; }
}
