using System.Globalization;
using Tocsin.Server.Taxii;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Reads;

/// <summary>The read log's <c>next</c> cursors, bound like TAXII's (<see cref="TaxiiCursors"/>, one key for the
/// installation) to the administrator who pages and to the filters: a cursor replayed by someone else or with
/// other filters is refused.</summary>
public sealed class ReadLogCursors(TaxiiCursors cursors)
{
    /// <summary>The <c>next</c> to give for a page that ended at <paramref name="sequence"/>.</summary>
    public string Bind(long sequence, Guid principalId, ReadLogQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cursors.Bind(sequence.ToString(CultureInfo.InvariantCulture), principalId, Scope(query));
    }

    /// <summary>The sequence inside <paramref name="next"/>, or null when it was not issued for this administrator
    /// and these filters.</summary>
    public long? Unbind(string next, Guid principalId, ReadLogQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cursors.Unbind(next, principalId, Scope(query)) is { } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }

    private static string Scope(ReadLogQuery query) => "reads\n" + query.Scope + "\n" + query.Limit.ToString(CultureInfo.InvariantCulture);
}
