using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;

namespace Tocsin.Server.Plan;

/// <summary>Reads a deployment's measures catalogue files and puts them in place of the shipped catalogues of their
/// schemes.</summary>
public static class MeasureCatalogueFiles
{
    /// <summary>The plan of <paramref name="shipped"/> with the catalogues read from <paramref name="paths"/> (files, or
    /// directories of <c>*.json</c> files, in name order) in place of those of their schemes; or every problem, one
    /// line each: <c>file: $.json.path: message [rule]</c>.</summary>
    public static (PlanCatalogue? Plan, IReadOnlyList<string> Problems) Load(PlanCatalogue shipped, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new List<string>();
        var catalogues = new List<(string File, MeasureCatalogue Catalogue)>();
        foreach (var file in Expand(paths, problems))
        {
            var (catalogue, issues) = Read(shipped, file);
            problems.AddRange(issues.Select(issue => $"{file}: {issue}"));
            if (catalogue is null)
            {
                continue;
            }

            if (catalogues.FirstOrDefault(c => c.Catalogue.SchemeId == catalogue.SchemeId) is { File: { } first })
            {
                problems.Add($"{file}: $.scheme: '{catalogue.SchemeId}' already has its catalogue in {first} [scheme-duplicate]");
                continue;
            }

            catalogues.Add((file, catalogue));
        }

        return problems.Count > 0 ? (null, problems) : (shipped.WithMeasures([.. catalogues.Select(c => c.Catalogue)]), []);
    }

    private static IEnumerable<string> Expand(IReadOnlyList<string> paths, List<string> problems)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                problems.Add($"{path}: no such file or directory [file-missing]");
            }
        }
    }

    private static (MeasureCatalogue?, IReadOnlyList<string>) Read(PlanCatalogue shipped, string file)
    {
        // A file larger than the reader accepts is refused from its size, without reading it whole into memory.
        if (new FileInfo(file).Length > MeasureCatalogueReader.MaxLength * 4L)
        {
            return (null, [$"$: the file is larger than a catalogue may be ({MeasureCatalogueReader.MaxLength} characters) [catalogue-too-large]"]);
        }

        try
        {
            var (catalogue, issues) = shipped.ReadMeasures(File.ReadAllText(file));
            return (catalogue, [.. issues.Select(i => i.ToString())]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [$"$: cannot be read: {e.Message} [file-unreadable]"]);
        }
    }
}
