using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tocsin.Server.Web.Components.Map;

namespace Tocsin.Server.Tests.Web;

/// <summary>Renders a component to HTML the way static server rendering does, with the services the map and the
/// timeline need, and parses the result.</summary>
internal static class ComponentHtml
{
    public static readonly TerritoryMapDrawings Drawings = new();

    public static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Drawings);
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    public static async Task<IDocument> ParseAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        new HtmlParser().ParseDocument(await RenderAsync<TComponent>(parameters));

    /// <summary>Renders with the services of a running application (components that read the store).</summary>
    public static async Task<IDocument> ParseAsync<TComponent>(IServiceProvider services, Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The repository checkout the tests run from (static files are read from it).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tocsin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Tocsin.slnx above {AppContext.BaseDirectory}.");
    }
}
