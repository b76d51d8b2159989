using Tocsin.Core.Plan.Recipients;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>Reads one measure of a catalogue file against the scheme and the domains the file declares.</summary>
internal static class MeasureRowReader
{
    public static Measure? Read(MeasureFile? row, string path, AlertScheme scheme, IReadOnlySet<string> domainIds, HashSet<string> seen,
        List<SchemeIssue> issues)
    {
        if (row is null)
        {
            issues.Add(new(path, "measure-null", "A measure must be an object, not null."));
            return null;
        }

        var before = issues.Count;
        CheckId(row.Id, path, seen, issues);
        if (string.IsNullOrWhiteSpace(row.Domain) || !domainIds.Contains(row.Domain))
        {
            issues.Add(new($"{path}.domain", "domain-undeclared", $"'{row.Domain}' is not a domain declared in $.domains."));
        }

        MeasureTexts.Check(row.Titles, $"{path}.titles", "title-missing", required: true, MeasureTexts.MaxTitleLength, scheme, issues);
        MeasureTexts.Check(row.Objective, $"{path}.objective", "objective-missing", required: false, MeasureTexts.MaxTextLength, scheme, issues);
        MeasureTexts.Check(row.Implementation, $"{path}.implementation", "implementation-missing", required: false, MeasureTexts.MaxTextLength, scheme, issues);
        if (row.Public is null)
        {
            issues.Add(new($"{path}.public", "public-missing", "A measure must say whether it is public."));
        }

        if (row.FromLevel is null || scheme.FindLevel(row.FromLevel) is null)
        {
            issues.Add(new($"{path}.fromLevel", "from-level-unknown", $"'{row.FromLevel}' is not a level of '{scheme.Id}'."));
        }

        CheckTerms(row.Sectors, $"{path}.sectors", "sector-unknown", RecipientTerms.IsSector, "sector", issues);
        CheckTerms(row.RecipientGroups, $"{path}.recipientGroups", "group-unknown", RecipientTerms.IsGroup, "recipient group", issues);
        return issues.Count > before ? null : new Measure
        {
            Id = row.Id!,
            Domain = row.Domain!,
            Titles = MeasureTexts.Copy(row.Titles),
            Objective = MeasureTexts.Copy(row.Objective),
            Implementation = MeasureTexts.Copy(row.Implementation),
            IsPublic = row.Public!.Value,
            FromLevelKey = row.FromLevel!,
            Sectors = [.. row.Sectors ?? []],
            RecipientGroups = [.. row.RecipientGroups ?? []],
        };
    }

    private static void CheckId(string? id, string path, HashSet<string> seen, List<SchemeIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Add(new($"{path}.id", "measure-id-missing", "A measure must have an id."));
        }
        else if (!MeasureIds.MeasureId().IsMatch(id))
        {
            issues.Add(new($"{path}.id", "measure-id-invalid", $"The measure id '{id}' must be letters, digits, '.', '_' or '-', at most 40 characters."));
        }
        else if (!seen.Add(id))
        {
            issues.Add(new($"{path}.id", "measure-id-duplicate", $"The measure id '{id}' is used twice."));
        }
    }

    private static void CheckTerms(List<string>? ids, string path, string rule, Func<string?, bool> known, string what, List<SchemeIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            if (!known(ids![i]))
            {
                issues.Add(new($"{path}[{i}]", rule, $"'{ids[i]}' is not a {what} id (docs/measures.md lists them)."));
            }
            else if (!seen.Add(ids[i]))
            {
                issues.Add(new($"{path}[{i}]", rule.Replace("-unknown", "-duplicate", StringComparison.Ordinal), $"The {what} '{ids[i]}' is named twice."));
            }
        }
    }
}
