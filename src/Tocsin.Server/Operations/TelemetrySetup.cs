using System.Diagnostics.Metrics;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth;
using Tocsin.Storage.Tracing;

namespace Tocsin.Server.Operations;

/// <summary>OpenTelemetry for the server (docs/operations.md "Metrics and traces"): ASP.NET Core, HttpClient (webhooks,
/// single sign-on), the store's commands, Tocsin's own instruments; exported over OTLP when an endpoint is set and served
/// to Prometheus when enabled. With neither, nothing is registered and every instrument stays silent.</summary>
public static class TelemetrySetup
{
    /// <summary>The activity source of Npgsql, which traces each PostgreSQL statement itself.</summary>
    private const string NpgsqlSource = "Npgsql";

    // The runtime's built-in meter (.NET 9 and later): managed heap, GC, thread pool, process memory and handles.
    private const string RuntimeMeter = "System.Runtime";

    /// <summary>Reads <see cref="TelemetrySettings"/> and registers the exporters they ask for.</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range (bad configuration fails at start-up).</exception>
    public static TelemetrySettings AddTocsinTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new TelemetrySettings();
        if (settings.TraceSampleRatio is < 0 or > 1)
        {
            throw new InvalidOperationException("Tocsin:Telemetry:TraceSampleRatio must be between 0 and 1.");
        }

        var scrapers = ScraperNetworks(settings.Prometheus);
        builder.Services.AddSingleton(settings);
        builder.Services.AddAuthorizationBuilder().AddPolicy(MetricsPolicy, policy => policy.RequireAssertion(context =>
            context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address && scrapers.Any(n => n.Contains(Normalised(address)))
            || StaffAccess.IsStaff(context.User, Role.Admin)));
        var otlp = settings.Otlp.Endpoint;
        if (otlp is null && !settings.Prometheus.Enabled)
        {
            return settings;
        }

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(settings.ServiceName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(TocsinTelemetry.Name, NpgsqlSource, RuntimeMeter);
            if (settings.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }
        });
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) => metrics.AddView(OnlyThisServer(services.GetRequiredService<IMeterFactory>())));
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.TraceSampleRatio)))
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddSource(TocsinTelemetry.Name, StoreTracing.SourceName, NpgsqlSource));
            telemetry.UseOtlpExporter(settings.Otlp.Protocol, otlp);
        }

        return settings;
    }

    // ASP.NET Core's meters (requests, Kestrel) come from the host's IMeterFactory, but a meter listener hears every
    // meter of that name in the process. Where two servers share a process (an embedding host, the tests), a
    // provider would count the other's requests, and when the other ends the stream they share is retired, so this
    // server's request metrics vanish with it. Keep the meters of this server's factory and the process-wide ones.
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisServer(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop;

    /// <summary>Maps the Prometheus scrape endpoint when enabled: clients from <see cref="PrometheusSettings.AllowFrom"/>,
    /// or an administrator; anyone else gets 401 (no credentials) or 403.</summary>
    public static IEndpointRouteBuilder MapTocsinMetrics(this IEndpointRouteBuilder endpoints, TelemetrySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Prometheus.Enabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(settings.Prometheus.Path).RequireAuthorization(MetricsPolicy).ExcludeFromDescription();
        }

        return endpoints;
    }

    /// <summary>The authorization policy of the scrape endpoint.</summary>
    public const string MetricsPolicy = "metrics";

    private static IReadOnlyList<IPNetwork> ScraperNetworks(PrometheusSettings settings) =>
        [.. settings.AllowFrom.Select(text => IPNetwork.TryParse(text, out var network)
            ? network
            : throw new InvalidOperationException($"Tocsin:Telemetry:Prometheus:AllowFrom: '{text}' is not a network in CIDR notation."))];

    // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
    private static IPAddress Normalised(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
