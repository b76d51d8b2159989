using Microsoft.AspNetCore.HttpLogging;

namespace Tocsin.Server.Operations;

/// <summary>Logging as operators expect it (docs/operations.md "Logging"): no line per request unless asked for, text
/// or JSON lines, and an access log that can be turned on.</summary>
public static class LoggingSetup
{
    /// <summary>The category of ASP.NET Core's own per-request entries ("Request starting", "Executing endpoint"…).</summary>
    private const string AspNetCoreCategory = "Microsoft.AspNetCore";

    /// <summary>Reads <see cref="LoggingSettings"/> and configures log levels, format and the access log's services.</summary>
    public static LoggingSettings AddTocsinLogging(this WebApplicationBuilder builder, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(LoggingSettings.Section).Get<LoggingSettings>() ?? new LoggingSettings();
        builder.Services.AddSingleton(settings);
        // ASP.NET Core logs every request at Information: under load that is millions of lines that say nothing an
        // access log would not. Warning unless the operator set the category's level.
        if (builder.Configuration[$"Logging:LogLevel:{AspNetCoreCategory}"] is null)
        {
            builder.Logging.AddFilter(AspNetCoreCategory, LogLevel.Warning);
        }

        if (settings.Format == LogFormat.Json)
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            });
        }

        if (settings.AccessLog == AccessLogFormat.W3c)
        {
            builder.Services.AddW3CLogging(options =>
            {
                options.LogDirectory = settings.AccessLogDirectory ?? Path.Combine(dataDirectory, "logs");
                options.FileName = "access-";
                // No query string, cookie or referrer: they can carry codes and session material.
                options.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.Time | W3CLoggingFields.ClientIpAddress
                    | W3CLoggingFields.UserName | W3CLoggingFields.Method | W3CLoggingFields.UriStem | W3CLoggingFields.ProtocolStatus
                    | W3CLoggingFields.TimeTaken | W3CLoggingFields.ProtocolVersion | W3CLoggingFields.UserAgent;
            });
        }

        return settings;
    }

    /// <summary>Adds the access log middleware the settings ask for. Call early, so every answer (errors too) is logged
    /// with its final status.</summary>
    public static void UseTocsinAccessLog(this WebApplication app, LoggingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.AccessLog)
        {
            case AccessLogFormat.Off:
                break;
            case AccessLogFormat.W3c:
                app.UseW3CLogging();
                break;
            case AccessLogFormat.Structured:
                app.UseMiddleware<AccessLog>();
                break;
        }
    }
}
