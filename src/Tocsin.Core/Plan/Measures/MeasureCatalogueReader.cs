using System.Text.Json;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>Reads a measures catalogue file for a scheme and reports every problem at once. The format is described in
/// docs/measures.md.</summary>
public static class MeasureCatalogueReader
{
    /// <summary>Largest catalogue file accepted, in characters: ten times the shipped Vigipirate catalogue.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    /// <summary>Reads <paramref name="json"/> against <paramref name="scheme"/>; the file must name that scheme.</summary>
    /// <returns>The catalogue, or null and every problem (rules: see the other overload; <c>scheme-mismatch</c> when the
    /// file names another scheme).</returns>
    public static (MeasureCatalogue? Catalogue, IReadOnlyList<SchemeIssue> Issues) Read(string json, AlertScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return Read(json, id => string.Equals(id, scheme.Id, StringComparison.Ordinal) ? scheme : null, scheme.Id);
    }

    /// <summary>Reads <paramref name="json"/> against the scheme its <c>scheme</c> member names, found by
    /// <paramref name="findScheme"/>.</summary>
    /// <returns>The catalogue, or null and every problem (rules: <c>json-malformed</c>, <c>catalogue-too-large</c>,
    /// <c>scheme-unknown</c>, <c>scheme-mismatch</c>, <c>domains-missing</c>, <c>domain-…</c>, <c>measure-…</c>,
    /// <c>domain-undeclared</c>, <c>title-missing</c>, <c>objective-missing</c>, <c>implementation-missing</c>,
    /// <c>language-unknown</c>, <c>text-too-long</c>, <c>public-missing</c>, <c>from-level-unknown</c>,
    /// <c>sector-unknown</c>, <c>group-unknown</c>).</returns>
    public static (MeasureCatalogue? Catalogue, IReadOnlyList<SchemeIssue> Issues) Read(string json, Func<string, AlertScheme?> findScheme)
    {
        ArgumentNullException.ThrowIfNull(findScheme);
        return Read(json, findScheme, expected: null);
    }

    private static (MeasureCatalogue?, IReadOnlyList<SchemeIssue>) Read(string json, Func<string, AlertScheme?> findScheme, string? expected)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxLength)
        {
            return (null, [new SchemeIssue("$", "catalogue-too-large", $"The file has {json.Length} characters; at most {MaxLength} are accepted.")]);
        }

        MeasureCatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MeasureCatalogueFile>(json, PlanJson.Options);
        }
        catch (JsonException e)
        {
            return (null, [new SchemeIssue(e.Path ?? "$", "json-malformed", e.Message)]);
        }

        if (!(file?.Scheme is { } id && findScheme(id) is { } scheme))
        {
            return (null, [expected is null
                ? new SchemeIssue("$.scheme", "scheme-unknown", $"'{file?.Scheme}' is not a scheme of this deployment.")
                : new SchemeIssue("$.scheme", "scheme-mismatch", $"The catalogue is for '{file?.Scheme}', not '{expected}'.")]);
        }

        var issues = new List<SchemeIssue>();
        var domains = MeasureDomainReader.Read(file.Domains, scheme, issues);
        var domainIds = (file.Domains ?? []).Select(d => d?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var rows = file.Measures ?? [];
        var measures = new List<Measure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (MeasureRowReader.Read(rows[i], $"$.measures[{i}]", scheme, domainIds, seen, issues) is { } measure)
            {
                measures.Add(measure);
            }
        }

        return issues.Count == 0 ? (new MeasureCatalogue(scheme, domains, measures), []) : (null, issues);
    }
}
