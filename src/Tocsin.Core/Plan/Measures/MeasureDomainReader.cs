using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>Reads the <c>domains</c> a catalogue file declares.</summary>
internal static class MeasureDomainReader
{
    public static List<MeasureDomain> Read(List<MeasureDomainFile?>? rows, AlertScheme scheme, List<SchemeIssue> issues)
    {
        if (rows is null || rows.Count == 0)
        {
            issues.Add(new("$.domains", "domains-missing", "The catalogue must declare the domains its measures belong to."));
            return [];
        }

        var domains = new List<MeasureDomain>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (ReadOne(rows[i], $"$.domains[{i}]", scheme, ids, codes, issues) is { } domain)
            {
                domains.Add(domain);
            }
        }

        return domains;
    }

    private static MeasureDomain? ReadOne(MeasureDomainFile? row, string path, AlertScheme scheme, HashSet<string> ids, HashSet<string> codes,
        List<SchemeIssue> issues)
    {
        if (row is null)
        {
            issues.Add(new(path, "domain-null", "A domain must be an object, not null."));
            return null;
        }

        var before = issues.Count;
        if (string.IsNullOrWhiteSpace(row.Id))
        {
            issues.Add(new($"{path}.id", "domain-id-missing", "A domain must have an id."));
        }
        else if (!PlanJson.KebabKey().IsMatch(row.Id) || row.Id.Length > 40)
        {
            issues.Add(new($"{path}.id", "domain-id-invalid", $"The domain id '{row.Id}' must be kebab-case (a-z, 0-9 and single hyphens), at most 40 characters."));
        }
        else if (!ids.Add(row.Id))
        {
            issues.Add(new($"{path}.id", "domain-id-duplicate", $"The domain id '{row.Id}' is declared twice."));
        }

        if (row.Code is null || !MeasureIds.DomainCode().IsMatch(row.Code))
        {
            issues.Add(new($"{path}.code", "domain-code-invalid", $"The domain code '{row.Code}' must be 2 to 6 capital letters, e.g. 'RSB'."));
        }
        else if (!codes.Add(row.Code))
        {
            issues.Add(new($"{path}.code", "domain-code-duplicate", $"The domain code '{row.Code}' is used twice."));
        }

        MeasureTexts.Check(row.Titles, $"{path}.titles", "domain-title-missing", required: true, MeasureTexts.MaxTitleLength, scheme, issues);
        MeasureTexts.Check(row.Objective, $"{path}.objective", "domain-objective-missing", required: false, MeasureTexts.MaxTextLength, scheme, issues);
        return issues.Count > before ? null : new MeasureDomain(row.Id!, row.Code!, MeasureTexts.Copy(row.Titles), MeasureTexts.Copy(row.Objective));
    }
}
