namespace Tocsin.Server.Operations;

/// <summary>The Prometheus scrape endpoint (section <c>Tocsin:Telemetry:Prometheus</c>).</summary>
public sealed record PrometheusSettings
{
    /// <summary>Serve <see cref="Path"/>; off by default.</summary>
    public bool Enabled { get; init; }

    /// <summary>Where metrics are served.</summary>
    public string Path { get; init; } = "/metrics";

    /// <summary>Networks (CIDR, e.g. <c>10.0.5.0/24</c>) whose clients may scrape without credentials; anyone else needs
    /// an administrator's credentials. Loopback only by default.</summary>
    public IReadOnlyList<string> AllowFrom { get; init; } = ["127.0.0.0/8", "::1/128"];
}
