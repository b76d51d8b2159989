using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Sharing;

/// <summary>"See as partner" over the API (docs/partner-administration.md), for administrators.</summary>
public static class PartnerPreviewEndpoints
{
    /// <summary>Maps <c>GET /api/v1/partners/{name}/preview</c>: 401 without credentials, 403 without the admin role.</summary>
    public static IEndpointRouteBuilder MapPartnerPreviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/partners/{name}/preview", PreviewAsync).WithTags("Sharing").RequireStaff(Role.Admin);
        return endpoints;
    }

    /// <summary>A collection (<c>collection</c>: id or alias; the intelligence picture when absent) exactly as the partner
    /// receives it over TAXII, computed by the partner view's own engine, each withheld version with its reason code:
    /// 200; 404 <c>partner-not-found</c> or <c>collection-not-found</c>. Versions over the caller's clearance are left out,
    /// and those shown are put on the read record.</summary>
    private static async Task<Results<Ok<PartnerPreviewResponse>, ProblemHttpResult>> PreviewAsync(string name, string? collection, HttpContext http,
        PartnerPreview preview, CancellationToken cancellationToken)
    {
        var result = await preview.ForAsync(http.User, name, collection, ReadPaths.Api, cancellationToken);
        if (!result.IsSuccess)
        {
            return Problems.NotFound(result.Error);
        }

        var value = result.Value;
        return TypedResults.Ok(new PartnerPreviewResponse(value.Partner.Name, value.Collection.Id, value.Collection.Alias, value.CanRead,
            [.. value.Received.Select(Row)], [.. value.Withheld.Select(Row)]));
    }

    private static PreviewObjectResponse Row(PreviewRow row) =>
        new(row.Version.Id, row.Version.Type, Version(row.Version.Root), row.Name, row.OwnContribution, row.Reason);

    private static string? Version(JsonElement root) =>
        root.TryGetProperty("modified", out var modified) && modified.ValueKind == JsonValueKind.String ? modified.GetString()
        : root.TryGetProperty("created", out var created) && created.ValueKind == JsonValueKind.String ? created.GetString()
        : null;
}
