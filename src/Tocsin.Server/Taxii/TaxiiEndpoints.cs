namespace Tocsin.Server.Taxii;

/// <summary>The TAXII 2.1 HTTP API (OASIS TAXII 2.1, docs/taxii.md): discovery at <c>/taxii2/</c> and each API
/// root under <c>/taxii2/{root}/</c>. Every endpoint requires authentication and negotiates
/// <c>application/taxii+json;version=2.1</c>; every error is the TAXII error resource.</summary>
public static class TaxiiEndpoints
{
    /// <summary>The configuration section of the TAXII settings.</summary>
    public const string Section = "Tocsin:Taxii";

    /// <summary>Registers the TAXII services. Settings come from the <see cref="Section"/> configuration section
    /// when it exists (settings file, environment), else from <paramref name="server"/> (as the CLI builds it).</summary>
    public static IServiceCollection AddTocsinTaxii(this IServiceCollection services, IConfiguration configuration, ServerSettings server)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(server);
        var section = configuration.GetSection(Section);
        var settings = section.Exists() ? section.Get<TaxiiSettings>() ?? server.Taxii : server.Taxii;
        if (string.IsNullOrEmpty(settings.PublicBaseUrl) && !string.IsNullOrEmpty(server.PublicBaseUrl))
        {
            // One public address for the whole server (Tocsin:PublicBaseUrl) unless TAXII is served elsewhere.
            settings = settings with { PublicBaseUrl = server.PublicBaseUrl };
        }

        if (settings.MaxContentLength is < 1024 or > int.MaxValue - 1)
        {
            throw new InvalidOperationException($"Tocsin:Taxii:MaxContentLength must be between 1024 and {int.MaxValue - 1} bytes.");
        }

        services.AddSingleton(settings);
        services.AddSingleton(new TaxiiApiRoots(settings));
        services.AddSingleton<TaxiiAccess>();
        services.AddSingleton(TaxiiCursors.OpenOrCreate(server.DataDirectory));
        services.AddSingleton<TaxiiPager>();
        services.AddHostedService<TaxiiCollectionSeeder>();
        return services;
    }

    /// <summary>Maps every TAXII endpoint. Paths are served with and without their trailing slash; any other
    /// path under <c>/taxii2/</c> is a TAXII 404.</summary>
    public static IEndpointRouteBuilder MapTaxiiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var taxii = endpoints.MapGroup("/taxii2").AddEndpointFilter<TaxiiNegotiationFilter>();
        taxii.MapGet("/", DiscoveryEndpoints.Discovery);
        taxii.MapGet("/{root}/", DiscoveryEndpoints.ApiRoot);
        taxii.MapGet("/{root}/status/{statusId}/", StatusEndpoints.Get);
        taxii.MapGet("/{root}/collections/", CollectionEndpoints.List);
        taxii.MapGet("/{root}/collections/{id}/", CollectionEndpoints.One);
        taxii.MapGet("/{root}/collections/{id}/manifest/", ObjectEndpoints.GetManifest);
        taxii.MapGet("/{root}/collections/{id}/objects/", ObjectEndpoints.GetObjects);
        taxii.MapPost("/{root}/collections/{id}/objects/", ObjectEndpoints.AddObjects);
        taxii.MapGet("/{root}/collections/{id}/objects/{objectId}/", ObjectEndpoints.GetObject);
        taxii.MapDelete("/{root}/collections/{id}/objects/{objectId}/", ObjectEndpoints.DeleteObject);
        taxii.MapGet("/{root}/collections/{id}/objects/{objectId}/versions/", ObjectEndpoints.GetVersions);
        taxii.Map("/{**rest}", TaxiiErrors.NoSuchEndpoint).WithOrder(int.MaxValue);
        return endpoints;
    }
}
