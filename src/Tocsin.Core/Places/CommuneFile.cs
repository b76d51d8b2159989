using System.Globalization;

namespace Tocsin.Core.Places;

/// <summary>Reads the embedded list of French communes (Places/Data/france-places.csv, provenance in its
/// SOURCE.md): préfectures and communes of at least 10,000 inhabitants, overseas départements included.</summary>
internal static class CommuneFile
{
    private const string ResourceName = "Tocsin.Core.Places.Data.france-places.csv";

    /// <summary>One row: INSEE code, name, département code, population, latitude, longitude, préfecture or not.</summary>
    public sealed record Row(string Insee, string Name, string Departement, int Population, double Latitude, double Longitude, bool Prefecture);

    public static IReadOnlyList<Row> Read()
    {
        using var stream = typeof(CommuneFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded gazetteer '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (!string.Equals(header, "insee,name,departement,population,latitude,longitude,prefecture", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{ResourceName} has an unexpected header '{header}'.");
        }

        var rows = new List<Row>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            // The file is written without quoting: no name in it holds a comma (checked when it was built).
            var f = line.Split(',');
            if (f.Length != 7)
            {
                throw new InvalidDataException($"{ResourceName}: '{line}' does not have 7 fields.");
            }

            rows.Add(new Row(f[0], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture), f[6] == "1"));
        }

        return rows;
    }
}
