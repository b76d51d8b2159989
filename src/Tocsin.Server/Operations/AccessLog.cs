namespace Tocsin.Server.Operations;

/// <summary>The structured access log: one Information entry per request, written when the answer is complete,
/// with its method, path (never the query string: single sign-on callbacks carry codes there), status, duration,
/// response size, principal and client address.</summary>
public sealed partial class AccessLog(RequestDelegate next, ILoggerFactory loggers, TimeProvider clock)
{
    /// <summary>The log category of access entries.</summary>
    public const string Category = "Tocsin.AccessLog";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    /// <summary>Serves the request, then logs it (also when it failed).</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = clock.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                Log(context, clock.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    private void Log(HttpContext context, double durationMs) =>
        LogRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
            durationMs, context.Response.ContentLength, context.User.Identity?.Name ?? "-", context.Connection.RemoteIpAddress);

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} {DurationMs:0.0} ms {ResponseBytes} bytes {Principal} {ClientAddress}")]
    private partial void LogRequest(string method, string path, int statusCode, double durationMs, long? responseBytes, string principal, System.Net.IPAddress? clientAddress);
}
