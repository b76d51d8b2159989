namespace Tocsin.Server.Operations;

/// <summary>OpenTelemetry metrics and traces (section <c>Tocsin:Telemetry</c>; docs/operations.md "Metrics and traces").
/// Nothing is collected unless an exporter is configured.</summary>
public sealed record TelemetrySettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Telemetry";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; init; } = "tocsin";

    /// <summary>The share of traces started here that are recorded, 0 to 1 (a caller's sampling decision is followed).</summary>
    public double TraceSampleRatio { get; init; } = 0.1;

    /// <summary>Export metrics and traces over OTLP.</summary>
    public OtlpSettings Otlp { get; init; } = new();

    /// <summary>Serve metrics for Prometheus to scrape.</summary>
    public PrometheusSettings Prometheus { get; init; } = new();
}
