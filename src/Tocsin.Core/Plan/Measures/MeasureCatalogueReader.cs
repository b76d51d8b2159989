using System.Text.Json;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>Reads a measures catalogue file for a scheme and reports every problem at once.</summary>
public static class MeasureCatalogueReader
{
    /// <summary>Reads <paramref name="json"/> against <paramref name="scheme"/>. Returns the catalogue, or
    /// null and the problems (<c>json-malformed</c>, <c>scheme-mismatch</c>, <c>measure-id-duplicate</c>,
    /// <c>measure-id-missing</c>, <c>domain-unknown</c>, <c>title-missing</c>, <c>public-missing</c>,
    /// <c>from-level-unknown</c>).</summary>
    public static (MeasureCatalogue? Catalogue, IReadOnlyList<SchemeIssue> Issues) Read(string json, AlertScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scheme);
        MeasureCatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MeasureCatalogueFile>(json, PlanJson.Options);
        }
        catch (JsonException e)
        {
            return (null, [new SchemeIssue(e.Path ?? "$", "json-malformed", e.Message)]);
        }

        var issues = new List<SchemeIssue>();
        if (!string.Equals(file?.Scheme, scheme.Id, StringComparison.Ordinal))
        {
            issues.Add(new("$.scheme", "scheme-mismatch", $"The catalogue is for '{file?.Scheme}', not '{scheme.Id}'."));
        }

        var rows = file?.Measures ?? [];
        var measures = new List<Measure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (ReadOne(rows[i], $"$.measures[{i}]", scheme, seen, issues) is { } measure)
            {
                measures.Add(measure);
            }
        }

        return issues.Count == 0 ? (new MeasureCatalogue(scheme, measures), []) : (null, issues);
    }

    private static Measure? ReadOne(MeasureFile row, string path, AlertScheme scheme, HashSet<string> seen, List<SchemeIssue> issues)
    {
        var before = issues.Count;
        if (string.IsNullOrWhiteSpace(row.Id))
        {
            issues.Add(new($"{path}.id", "measure-id-missing", "A measure must have an id."));
        }
        else if (!seen.Add(row.Id))
        {
            issues.Add(new($"{path}.id", "measure-id-duplicate", $"The measure id '{row.Id}' is used twice."));
        }

        var domain = MeasureDomains.Parse(row.Domain);
        if (domain is null)
        {
            issues.Add(new($"{path}.domain", "domain-unknown", $"'{row.Domain}' is not a measure domain."));
        }

        foreach (var language in scheme.Languages.Where(l => !AlertSchemeReader.HasText(row.Titles, l)))
        {
            issues.Add(new($"{path}.titles.{language}", "title-missing", $"The title in '{language}' is missing."));
        }

        if (row.Public is null)
        {
            issues.Add(new($"{path}.public", "public-missing", "A measure must say whether it is public."));
        }

        if (row.FromLevel is null || scheme.FindLevel(row.FromLevel) is null)
        {
            issues.Add(new($"{path}.fromLevel", "from-level-unknown", $"'{row.FromLevel}' is not a level of '{scheme.Id}'."));
        }

        return issues.Count > before ? null : new Measure
        {
            Id = row.Id!,
            Domain = domain!.Value,
            Titles = row.Titles!,
            IsPublic = row.Public!.Value,
            FromLevelKey = row.FromLevel!,
        };
    }
}
