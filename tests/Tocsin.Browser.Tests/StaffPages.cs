using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Tocsin.Browser.Tests;

/// <summary>Every page of the analyst workspace and of the administration, read from the running server's own endpoint
/// list rather than written out by hand, so that a page added tomorrow is covered by the tests that walk them. Each route
/// parameter is replaced by a value the caller gives for it, keyed by the literal segment before it and the parameter's
/// name (<c>incidents/Id</c>, <c>users/Name</c>); a page whose parameter has no value fails the test by name.</summary>
internal static class StaffPages
{
    /// <summary>The rooms walked: the analyst workspace and the administration.</summary>
    public static readonly string[] Rooms = ["/analyst", "/admin"];

    /// <summary>The demo scenario's objects, for the parameters that name one: the Krasnogorsk (Crocus City Hall)
    /// attack, the Afghan branch of the Islamic State, the claim of responsibility, a report of ours, a demo user.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoValues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["incidents/Id"] = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa",
        ["actors/Id"] = "threat-actor--34a2e9bf-caf2-494b-8dc4-ef3de8fb515d",
        ["assertions/Id"] = "relationship--0ffbd484-7ec8-4470-b41f-b03cf0f40fdc",
        ["objects/Id"] = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa",
        ["reports/Id"] = "report--da6866d4-3451-4902-be1a-b1d6b62bc048",
        ["users/Name"] = "ana",
    };

    /// <summary>The route templates of every page of <see cref="Rooms"/> the server maps, each once, in order.</summary>
    public static IReadOnlyList<RoutePattern> Routes(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return [.. endpoints
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => e.RoutePattern)
            .Where(p => Rooms.Any(room => Address(p).StartsWith(room + "/", StringComparison.Ordinal) || Address(p) == room))
            .DistinctBy(Address)
            .OrderBy(Address, StringComparer.Ordinal)];
    }

    /// <summary>The address of each page of <see cref="Routes"/>, its parameters replaced from <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">A page has a parameter <paramref name="values"/> has no value for: the
    /// message names each such page and the key to add.</exception>
    public static IReadOnlyList<string> Addresses(IServiceProvider services, IReadOnlyDictionary<string, string> values)
    {
        var addresses = new List<string>();
        var missing = new List<string>();
        foreach (var route in Routes(services))
        {
            var path = new List<string>();
            var previous = string.Empty;
            foreach (var segment in route.PathSegments)
            {
                var text = string.Concat(segment.Parts.Select(part => part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter when values.TryGetValue($"{previous}/{parameter.Name}", out var value) => value,
                    RoutePatternParameterPart parameter => Missing(missing, route, $"{previous}/{parameter.Name}"),
                    _ => throw new InvalidOperationException($"{Address(route)}: a route part of kind {part.PartKind} is not understood here."),
                }));
                path.Add(text);
                previous = segment.Parts is [RoutePatternLiteralPart only] ? only.Content : string.Empty;
            }

            addresses.Add("/" + string.Join('/', path));
        }

        return missing.Count == 0
            ? addresses
            : throw new InvalidOperationException("No value to put in the address of these staff pages; add one under the key named, "
                + "for an object the demo scenario holds (StaffPages.DemoValues, or the test's own values):" + Environment.NewLine
                + string.Join(Environment.NewLine, missing));
    }

    /// <summary>The template of <paramref name="route"/>, with a leading slash.</summary>
    public static string Address(RoutePattern route) => "/" + route.RawText?.TrimStart('/');

    private static string Missing(List<string> missing, RoutePattern route, string key)
    {
        missing.Add($"  {Address(route)}: no value for '{key}'");
        return "-";
    }
}
