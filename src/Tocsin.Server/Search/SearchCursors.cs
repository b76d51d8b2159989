using System.Globalization;
using Tocsin.Server.Taxii;
using Tocsin.Storage.Search;

namespace Tocsin.Server.Search;

/// <summary>The search's <c>next</c> cursors, bound like TAXII's (<see cref="TaxiiCursors"/>) to the person who
/// searches and to the words and filters: a cursor replayed by someone else or with another search is refused.</summary>
public sealed class SearchCursors(TaxiiCursors cursors)
{
    /// <summary>The <c>next</c> to give for a page that ended at index row <paramref name="row"/>.</summary>
    public string Bind(long row, Guid principalId, SearchQuery query) =>
        cursors.Bind(row.ToString(CultureInfo.InvariantCulture), principalId, SearchFilters.Scope(query));

    /// <summary>The row inside <paramref name="next"/>, or null when it was not issued for this person and this search.</summary>
    public long? Unbind(string next, Guid principalId, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(next);
        return cursors.Unbind(next, principalId, SearchFilters.Scope(query)) is { } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
    }
}
