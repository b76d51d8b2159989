using Microsoft.AspNetCore.Http.HttpResults;

namespace Tocsin.Server.Taxii;

/// <summary>Server discovery (§4.1) and API root information (§4.2).</summary>
internal static class DiscoveryEndpoints
{
    /// <summary><c>GET /taxii2/</c>: the API roots, relative URLs unless a public base URL is configured;
    /// <c>default</c> is the first configured root. 200, 401, 406.</summary>
    public static TaxiiResource<DiscoveryResource> Discovery(TaxiiSettings settings, TaxiiApiRoots roots)
    {
        var urls = roots.All.Select(r => RootUrl(settings, r)).ToList();
        return new(new DiscoveryResource(settings.Title, settings.Description, settings.Contact, urls[0], urls));
    }

    /// <summary><c>GET /taxii2/{root}/</c>: title, description, <c>versions</c> and <c>max_content_length</c>.
    /// 200, 401, 404 (no such root), 406.</summary>
    public static Results<TaxiiResource<ApiRootResource>, TaxiiErrorResult> ApiRoot(string root, TaxiiSettings settings, TaxiiAccess access)
    {
        var found = access.Root(root);
        if (!found.IsSuccess)
        {
            return TaxiiErrors.From(found.Error);
        }

        return new TaxiiResource<ApiRootResource>(new ApiRootResource(
            found.Value.Title, found.Value.Description, [TaxiiMediaTypes.Taxii21], settings.MaxContentLength));
    }

    private static string RootUrl(TaxiiSettings settings, TaxiiApiRoot root)
    {
        var path = $"/taxii2/{root.Name}/";
        return string.IsNullOrEmpty(settings.PublicBaseUrl) ? path : settings.PublicBaseUrl.TrimEnd('/') + path;
    }
}
