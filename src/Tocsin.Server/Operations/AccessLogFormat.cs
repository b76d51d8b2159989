namespace Tocsin.Server.Operations;

/// <summary>Whether and how every request is logged once, after its answer.</summary>
public enum AccessLogFormat
{
    /// <summary>No access log.</summary>
    Off,

    /// <summary>W3C extended log files (ASP.NET Core's W3C logger), rolled daily in the access log directory.</summary>
    W3c,

    /// <summary>One structured log entry per request, category <c>Tocsin.AccessLog</c>, through the configured
    /// log output (text or JSON).</summary>
    Structured,
}
