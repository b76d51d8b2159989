using System.Security.Claims;
using Tocsin.Core;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;

namespace Tocsin.Server.Search;

/// <summary>One search as the API and the page run it: the filters read, the cursor unbound, the picture searched
/// under the caller's clearance and the next cursor bound. One code path for both surfaces.</summary>
public sealed class SearchRequest(PictureSearch search, ReadGate gate, SearchCursors cursors)
{
    /// <summary>A page of matches with its bound <c>next</c>, or a <c>search-{parameter}-invalid</c> error before anything was searched.</summary>
    public async Task<Result<(SearchResults Page, string? Next)>> RunAsync(ClaimsPrincipal user, string? q, string? type, string? marking, string? from,
        string? to, string? limit, string? next, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var parsed = SearchFilters.Parse(q, type, marking, from, to, limit);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var principal = user.PrincipalId() ?? throw new InvalidOperationException("A member of staff without a principal id passed authorisation.");
        var query = parsed.Value;
        if (!string.IsNullOrEmpty(next))
        {
            if (cursors.Unbind(next, principal, query) is not { } before)
            {
                return SearchErrors.Invalid("next", "next is not a cursor this server issued for this search.");
            }

            query = query with { Before = before };
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var page = await search.FindAsync(reader, query, path, cancellationToken);
        return (page, page.Last is { } last ? cursors.Bind(last, principal, parsed.Value) : null);
    }
}
