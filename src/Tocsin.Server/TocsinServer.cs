using Tocsin.Server.Web;

namespace Tocsin.Server;

/// <summary>Builds the Tocsin web application: what it serves and on which address.</summary>
public static class TocsinServer
{
    /// <summary>A configured application, not yet started. Listens on
    /// <see cref="ServerSettings.BindAddress"/> (127.0.0.1 by default) only.</summary>
    public static WebApplication Build(string[] args, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls($"http://{settings.BindAddress}:{settings.Port}");
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        app.MapHomePage();
        return app;
    }
}
