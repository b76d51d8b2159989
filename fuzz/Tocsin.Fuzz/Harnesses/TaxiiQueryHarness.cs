using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Tocsin.Server.Taxii;
using Tocsin.Storage;

namespace Tocsin.Fuzz.Harnesses;

/// <summary>The TAXII 2.1 URL filters (§3.4) as a request's query string reaches them: split and unescaped the
/// way ASP.NET Core does, parsed for every endpoint's set of filters, bound into a cursor scope, and any
/// <c>next</c> checked against the cursor key, as <see cref="TaxiiPager"/> does before anything reaches the store.</summary>
public static class TaxiiQueryHarness
{
    private static readonly TaxiiFilters[] EndpointFilters =
        [TaxiiFilters.Objects, TaxiiFilters.OneObject, TaxiiFilters.Delete, TaxiiFilters.Versions];

    private static readonly TaxiiTarget Target = new(
        new TaxiiApiRoot("api1", "Fuzzing", null, new HashSet<string>()),
        new Collection(Guid.Parse("6a2c4b1e-2f0d-4c38-9a43-0d1b8f5e7c21"), "picture", null, null, DateTimeOffset.UnixEpoch),
        CollectionRights.Read,
        Guid.Parse("0f6f9c1e-4b7a-4d2e-8c55-3e9a1d2b4c60"),
        IsPartner: false);

    private static readonly Lazy<TaxiiCursors> Cursors = new(() =>
        TaxiiCursors.OpenOrCreate(Directory.CreateTempSubdirectory("tocsin-fuzz-").FullName));

    /// <summary>Reads <paramref name="input"/> as a query string (with or without its leading <c>?</c>).</summary>
    public static void Run(byte[] input)
    {
        var query = new QueryCollection(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(input)));
        foreach (var filters in EndpointFilters)
        {
            var parsed = TaxiiQuery.Parse(query, filters, out var next);
            if (!parsed.IsSuccess)
            {
                continue;
            }

            var scope = TaxiiQuery.Scope(filters.ToString(), Target, objectId: null, parsed.Value);
            if (next is not null && Cursors.Value.Unbind(next, Target.PrincipalId, scope) is not null)
            {
                throw new FuzzFindingException("A next value the server never issued passed the cursor's check.");
            }
        }
    }
}
