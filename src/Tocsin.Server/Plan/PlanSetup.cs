using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Tocsin.Core.Plan;
using Tocsin.Server.Api;
using Tocsin.Server.Api.Contract;
using Tocsin.Server.Feeds;
using Tocsin.Server.Notifications;
using Tocsin.Server.Postures;
using Tocsin.Server.Signing;
using Tocsin.Server.Snapshot;
using Tocsin.Server.Web.Components.Map;
using Tocsin.Storage;

namespace Tocsin.Server.Plan;

/// <summary>Registers and maps the alert plan, its publication and the public status.</summary>
public static class PlanSetup
{
    /// <summary>Adds <see cref="PlanDecisions"/> and <see cref="PlanPostures"/> (signing its messages with the <see cref="ServerSigner"/>) and its <see cref="DecisionPreviews"/>, the feed and its <see cref="CapReissuer"/>, <see cref="PublicationSettings"/> (section
    /// <c>Tocsin:Publication</c>), the plan with the deployment's measures catalogues (section <c>Tocsin:Plan</c>), the map drawings cache, notifications and the OpenAPI document.</summary>
    public static IServiceCollection AddTocsinPlan(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(PublicationSettings.Section).Get<PublicationSettings>() ?? new PublicationSettings();
        services.AddSingleton(settings);
        services.AddOptions<MeasureCatalogueOptions>().BindConfiguration(MeasureCatalogueOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MeasureCatalogueOptions>, MeasureCatalogueValidation>();
        services.AddSingleton(provider => ConfiguredPlan(provider.GetRequiredService<IOptions<MeasureCatalogueOptions>>().Value));
        services.AddSingleton<TerritoryMapDrawings>();
        services.AddSingleton(provider => new PlanDecisions(
            provider.GetRequiredService<ITocsinStore>(), provider.GetRequiredService<PlanCatalogue>(), settings, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ServerSigner>(), cancellationToken => provider.GetRequiredService<PublicSnapshots>().RebuildAsync(cancellationToken)));
        services.AddSingleton(provider => new DecisionPreviews(
            provider.GetRequiredService<ITocsinStore>(), provider.GetRequiredService<PlanDecisions>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new PlanPostures(
            provider.GetRequiredService<ITocsinStore>(), provider.GetRequiredService<PlanCatalogue>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<EvidenceSearch>();
        services.AddSingleton<ClearedEvidence>();
        services.AddTocsinNotifications();
        services.AddSingleton<CapFeed>();
        services.AddSingleton(provider => new PublicSnapshotBuilder(provider.GetRequiredService<ITocsinStore>(), provider.GetRequiredService<PlanDecisions>(),
            provider.GetRequiredService<CapFeed>(), provider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        services.AddSingleton<PublicSnapshots>();
        services.AddHostedService<PublicSnapshotRefresh>();
        services.AddSingleton<PublicPipeline>();
        // First of the startup filters, so the pipeline it keeps is the whole one.
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(provider => provider.GetRequiredService<PublicPipeline>()));
        services.AddSingleton<StaticExport>();
        services.AddHostedService<StaticExportLoop>();
        services.AddSingleton<CapReissuer>();
        services.AddHostedService(provider => provider.GetRequiredService<CapReissuer>());
        services.AddOpenApi(options => options.AddOperationTransformer<ApiContractTransformer>().AddDocumentTransformer<ApiContractTransformer>()
            .AddSchemaTransformer<RequestBodySchemas>().AddOperationTransformer<RequestBodySchemas>());
        return services;
    }

    // The shipped plan with the deployment's own measures catalogues (Tocsin:Plan:MeasureCatalogues) in place.
    private static PlanCatalogue ConfiguredPlan(MeasureCatalogueOptions options) =>
        MeasureCatalogueFiles.Load(PlanCatalogue.Default, options.MeasureCatalogues) is { Plan: { } plan }
            ? plan
            : throw new OptionsValidationException(MeasureCatalogueOptions.Section, typeof(MeasureCatalogueOptions), ["The measures catalogues have problems."]);

    /// <summary>Maps the decisions API, schemes and timelines, the public status and place look-up, the CAP feed and
    /// <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapTocsinPlan(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDecisionEndpoints();
        endpoints.MapDecisionPreviewEndpoints();
        endpoints.MapTocsinNotifications();
        endpoints.MapPostureEndpoints();
        endpoints.MapPlanEndpoints();
        endpoints.MapLevelsEndpoints();
        endpoints.MapPlacesEndpoints();
        endpoints.MapCapFeedEndpoints();
        endpoints.MapOpenApi().AllowAnonymous();
        return endpoints;
    }
}
