namespace Tocsin.Server.Operations;

/// <summary>The OTLP exporter (section <c>Tocsin:Telemetry:Otlp</c>).</summary>
public sealed record OtlpSettings
{
    /// <summary>The collector's base address (e.g. <c>http://127.0.0.1:4318</c> for OTLP over HTTP); unset, nothing is exported.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary><c>HttpProtobuf</c> (port 4318, the default) or <c>Grpc</c> (port 4317).</summary>
    public OpenTelemetry.Exporter.OtlpExportProtocol Protocol { get; init; } = OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf;
}
