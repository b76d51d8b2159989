using Dapper;

namespace Tocsin.Storage.Postgres;

/// <summary>Builds the SQL predicate of a <see cref="VersionFilter"/> over a candidate version <c>o</c>
/// (an <c>objects</c> row) joined as <c>co</c> to its row in collection <c>@collection</c>.</summary>
/// <remarks>First and last are computed among the <em>peers</em> of the candidate: the visible versions of the
/// same id in the same collection (of our picture: never a partner's contribution) that the caller's peer condition admits. Versions compare
/// by instant, then (for objects keyed by content hash, which have no instant) by <c>date_added</c>. Every
/// value is a parameter; only fixed SQL text is concatenated.</remarks>
internal static class PostgresVersionSql
{
    /// <summary>The predicate (without a leading AND), adding its parameters to <paramref name="parameters"/>.
    /// An empty filter selects nothing.</summary>
    public static string Predicate(VersionFilter versions, string peerCondition, DynamicParameters parameters) =>
        Predicate(versions, parameters, beyond => NoPeer(beyond, peerCondition));

    /// <summary>The same predicate over another membership table (e.g. a partner view): <paramref name="noPeer"/>
    /// gives the "no visible peer beyond the candidate" condition for a direction (&lt; or &gt;).</summary>
    public static string Predicate(VersionFilter versions, DynamicParameters parameters, Func<string, string> noPeer) =>
        VersionPredicate.Build(versions, parameters, noPeer, PostgresDialect.Instance);

    /// <summary>No visible peer lies beyond the candidate in direction <paramref name="beyond"/> (&lt; or &gt;):
    /// peers by id (index on id), then their membership by primary key.</summary>
    private static string NoPeer(string beyond, string peerCondition) => $"""
        NOT EXISTS (
            SELECT 1 FROM objects p
            JOIN collection_objects pc ON pc.object_row = p.row_id AND pc.collection_row = @collection AND pc.deleted_at IS NULL AND pc.contributor IS NULL
            WHERE p.id = o.id AND p.row_id <> o.row_id AND {peerCondition}
              AND (COALESCE(p.version_ticks, -1) {beyond} COALESCE(o.version_ticks, -1)
                   OR (COALESCE(p.version_ticks, -1) = COALESCE(o.version_ticks, -1) AND pc.date_added {beyond} co.date_added)))
        """;
}
