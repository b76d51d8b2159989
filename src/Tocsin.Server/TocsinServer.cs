using Tocsin.Server.Api;
using Tocsin.Server.Api.Contract;
using Tocsin.Server.Audit;
using Tocsin.Server.Authoring;
using Tocsin.Server.Classification;
using Tocsin.Server.Auth;
using Tocsin.Server.Auth.SingleSignOn;
using Tocsin.Server.Auth.Factors;
using Tocsin.Server.Hosting;
using Tocsin.Server.Feeds;
using Tocsin.Server.Operations;
using Tocsin.Server.Ingest;
using Tocsin.Server.Picture;
using Tocsin.Server.Plan;
using Tocsin.Server.Reads;
using Tocsin.Server.Recipients;
using Tocsin.Server.Search;
using Tocsin.Server.ShareLog;
using Tocsin.Server.Sharing;
using Tocsin.Server.Signing;
using Tocsin.Server.Snapshot;
using Tocsin.Server.Taxii;
using Tocsin.Server.Users;
using Tocsin.Server.Web;
using Tocsin.Server.Web.Account;
using Tocsin.Server.Web.Errors;
using Tocsin.Server.Web.Public;
using Tocsin.Server.Webhooks;
using Tocsin.Storage;
using Tocsin.Storage.Tracing;

namespace Tocsin.Server;

/// <summary>Builds the Tocsin web application: what it serves and on which address.</summary>
public static class TocsinServer
{
    /// <summary>A configured application over an opened store, not yet started. Listens on
    /// <see cref="ServerSettings.BindAddress"/> (127.0.0.1 by default) only. Settings come from
    /// <paramref name="settings"/> when given, else from the <c>Tocsin</c> configuration section.</summary>
    /// <exception cref="InvalidOperationException">The database setting cannot be opened.</exception>
    public static async Task<WebApplication> BuildAsync(string[] args, ServerSettings? settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebSetup.PublishedWebRoot() });
        settings ??= builder.Configuration.GetSection(ServerSettings.Section).Get<ServerSettings>() ?? new ServerSettings();
        settings = PublicOrigin.Configure(builder.Configuration, settings);
        var clock = TimeProvider.System;
        var opened = await StoreOpener.OpenAsync(settings.Database, settings.DataDirectory, clock, cancellationToken);
        if (!opened.IsSuccess)
        {
            throw new InvalidOperationException(opened.Error.Message);
        }

        var logging = builder.AddTocsinLogging(settings.DataDirectory);
        var telemetry = builder.AddTocsinTelemetry();
        builder.Services.AddTocsinLimits(builder.Configuration);
        builder.WebHost.UseTocsinEndpoint(settings);
        builder.WebHost.UseTocsinStaticAssets();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<PublicOrigin>();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(StoreTracing.Traced(opened.Value));
        builder.Services.AddSingleton<ContentClock>();
        builder.Services.AddProblemDetails();
        // Parameters that cannot be bound are refused by RequestBindingProblems, the same in every environment.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<RequestBindingProblems>();
        builder.Services.AddTocsinAuthentication();
        builder.Services.AddTocsinSingleSignOn(builder.Configuration);
        builder.Services.AddTocsinWebhooks(settings.DataDirectory);
        builder.Services.AddTocsinRecipients(settings.DataDirectory);
        builder.Services.AddTocsinSigning(settings.DataDirectory);
        builder.Services.AddTocsinPlan(builder.Configuration);
        builder.Services.AddTocsinIngest();
        builder.Services.AddTocsinAuthoring();
        builder.Services.AddSingleton<Sharing.ContributionInbox>();
        builder.Services.AddTocsinTaxii(builder.Configuration, settings);
        builder.Services.AddTocsinClassification(builder.Configuration);
        builder.Services.AddSingleton<Sharing.PartnerAdministration>();
        builder.Services.AddSingleton<Sharing.PartnerPreview>();
        builder.Services.AddSingleton<Sharing.TearlineRoom>();
        builder.Services.AddSingleton<Sharing.TearlineAudience>();
        builder.Services.AddTocsinAudit();
        builder.Services.AddTocsinReadLog();
        builder.Services.AddTocsinPicture();
        builder.Services.AddTocsinSearch();
        builder.Services.AddTocsinAuditLog();
        builder.Services.AddTocsinUsers();
        builder.Services.AddTocsinShareLog();
        builder.Services.AddTocsinWeb();
        builder.Services.AddTocsinCompression();
        // Audit checkpoints are signed as detached JWS by the server's current key (docs/audit.md).
        builder.Services.AddSingleton<Func<byte[], string>>(services =>
        {
            var signer = services.GetRequiredService<ServerSigner>();
            return payload => signer.SignDetached(payload);
        });
        var app = builder.Build();
        app.UseTocsinForwardedHeaders(settings);
        app.UseTocsinAccessLog(logging);
        // The plain public reads are answered here from the snapshot, before everything they do not need.
        app.UseMiddleware<PublicSnapshotAnswers>();
        app.UseMiddleware<HeadRequests>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHtmlErrors();
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseTocsinWebLanguages();
        app.UseTocsinCompression();
        app.UseCrossSiteGuard();
        app.UseAuthentication();
        app.UseCookieApiGuard();
        app.UseAuthorization();
        app.UseTocsinLimits();
        app.UseAntiforgery();
        app.UseMiddleware<PublicPageCaching>();
        app.UseAuditActor();
        // One group with no prefix, so every endpoint refuses a body lacking a required field the same way.
        var endpoints = app.MapGroup(string.Empty);
        endpoints.AddEndpointFilterFactory(RequiredFieldsFilter.Create);
        endpoints.MapHealthEndpoints();
        endpoints.MapApiDocsPage();
        endpoints.MapWhoAmIEndpoints();
        endpoints.MapSubscriberEndpoints();
        endpoints.MapAcknowledgementEndpoints();
        endpoints.MapRecipientEndpoints();
        endpoints.MapDeliveryEndpoints();
        endpoints.MapSigningEndpoints();
        endpoints.MapTocsinPlan();
        endpoints.MapDraftEndpoints();
        endpoints.MapAuthoringEndpoints();
        endpoints.MapSharingEndpoints();
        endpoints.MapClassificationEndpoints();
        endpoints.MapContributionEndpoints();
        endpoints.MapTaxiiEndpoints();
        endpoints.MapAuditEndpoints();
        endpoints.MapSecondFactorResetEndpoints();
        endpoints.MapPasskeyEndpoints();
        endpoints.MapReadLogEndpoints();
        endpoints.MapPictureEndpoints();
        endpoints.MapSearchEndpoints();
        endpoints.MapAuditLogEndpoints();
        endpoints.MapUserEndpoints();
        endpoints.MapShareLogEndpoints();
        app.MapTocsinMetrics(telemetry);
        app.MapLanguageSwitch();
        app.MapSignOut();
        app.MapSingleSignOn();
        app.MapTocsinWeb();
        return app;
    }
}
