namespace Tocsin.Server.Operations;

/// <summary>How the server logs (section <c>Tocsin:Logging</c>; docs/operations.md "Logging").</summary>
public sealed record LoggingSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Logging";

    /// <summary>Console lines as text (the default) or one JSON object per line.</summary>
    public LogFormat Format { get; init; } = LogFormat.Text;

    /// <summary>The access log: off by default.</summary>
    public AccessLogFormat AccessLog { get; init; } = AccessLogFormat.Off;

    /// <summary>Where W3C access log files go; <c>logs</c> under the data directory when unset.</summary>
    public string? AccessLogDirectory { get; init; }
}
