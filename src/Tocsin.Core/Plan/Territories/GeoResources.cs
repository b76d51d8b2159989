using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;

namespace Tocsin.Core.Plan.Territories;

/// <summary>Reads the embedded GeoJSON outlines (Plan/Data/geo, provenance in its SOURCE.md).</summary>
internal static class GeoResources
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Features of the embedded file <paramref name="fileName"/>, keyed by the string
    /// property <paramref name="codeProperty"/>; invalid geometries are repaired.</summary>
    public static IReadOnlyList<(string Code, IAttributesTable Attributes, Geometry Geometry)> Read(string fileName, string codeProperty)
    {
        using var stream = PlanResources.Open(fileName);
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, Options)
            ?? throw new InvalidDataException($"{fileName} is not a FeatureCollection.");
        return [.. collection.Select(f => (Text(f.Attributes, codeProperty), f.Attributes, Repair(f.Geometry)))];
    }

    public static string Text(IAttributesTable attributes, string name) =>
        Convert.ToString(attributes[name], CultureInfo.InvariantCulture)
            ?? throw new InvalidDataException($"Feature has no '{name}'.");

    private static Geometry Repair(Geometry geometry) => geometry.IsValid ? geometry : GeometryFixer.Fix(geometry);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
