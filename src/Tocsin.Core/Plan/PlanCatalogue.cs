using System.Collections.Concurrent;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Plan;

/// <summary>The shipped alert plan data: schemes, territory sets and measures catalogues, read from
/// the files embedded under Plan/Data. Territory sets and their locators are loaded on first use.
/// Thread-safe.</summary>
public sealed class PlanCatalogue
{
    private static readonly Lazy<PlanCatalogue> Shipped = new(Load);

    private readonly Dictionary<string, AlertScheme> _schemes;
    private readonly Dictionary<string, MeasureCatalogue> _measures;
    private readonly ConcurrentDictionary<string, Lazy<TerritorySet>> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<TerritoryLocator>> _locators = new(StringComparer.Ordinal);

    private PlanCatalogue(IReadOnlyList<AlertScheme> schemes, IReadOnlyList<MeasureCatalogue> measures)
    {
        Schemes = schemes;
        _schemes = schemes.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _measures = measures.ToDictionary(m => m.SchemeId, StringComparer.Ordinal);
    }

    /// <summary>The catalogue built from the embedded files; a shipped file with a problem is a bug and throws.</summary>
    public static PlanCatalogue Default => Shipped.Value;

    /// <summary>File names of the embedded scheme files (<c>vigipirate.json</c>, ...).</summary>
    public static IReadOnlyList<string> SchemeFileNames => PlanResources.Names(".json").Where(n => !n.EndsWith("-measures.json", StringComparison.Ordinal)).ToList();

    /// <summary>Every scheme, ordered by id.</summary>
    public IReadOnlyList<AlertScheme> Schemes { get; }

    /// <summary>Ids of the shipped territory sets (ISO 3166-1 alpha-3 of each nation).</summary>
    public static IReadOnlyList<string> TerritorySetIds => TerritorySetLoader.SetIds;

    /// <summary>The scheme with <paramref name="id"/>, or null.</summary>
    public AlertScheme? FindScheme(string id) => _schemes.GetValueOrDefault(id);

    /// <summary>The territory set with <paramref name="id"/>, or null.</summary>
    public TerritorySet? FindTerritorySet(string id) =>
        TerritorySetLoader.SetIds.Contains(id, StringComparer.Ordinal)
            ? _sets.GetOrAdd(id, key => new Lazy<TerritorySet>(() => TerritorySetLoader.Load(key))).Value
            : null;

    /// <summary>The territory set <paramref name="scheme"/> applies to.</summary>
    public TerritorySet TerritoriesOf(AlertScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return FindTerritorySet(scheme.TerritorySetId)
            ?? throw new InvalidOperationException($"Scheme '{scheme.Id}' names unknown territory set '{scheme.TerritorySetId}'.");
    }

    /// <summary>A point locator over <paramref name="set"/>'s precise outlines, built once per set.</summary>
    public TerritoryLocator LocatorOf(TerritorySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return _locators.GetOrAdd(set.Id, _ => new Lazy<TerritoryLocator>(() => new TerritoryLocator(set))).Value;
    }

    /// <summary>The measures of the scheme with <paramref name="schemeId"/>; an empty catalogue when none is shipped.</summary>
    /// <exception cref="KeyNotFoundException">Unknown scheme.</exception>
    public MeasureCatalogue MeasuresOf(string schemeId) =>
        _measures.GetValueOrDefault(schemeId) ?? new MeasureCatalogue(_schemes[schemeId], []);

    /// <summary>This catalogue with <paramref name="replacements"/> in place of the measures of their schemes; the
    /// schemes and territory sets are the same.</summary>
    /// <exception cref="ArgumentException">A replacement is for a scheme this catalogue lacks, or two are for one scheme.</exception>
    public PlanCatalogue WithMeasures(IReadOnlyList<MeasureCatalogue> replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        if (replacements.FirstOrDefault(r => !_schemes.ContainsKey(r.SchemeId)) is { } stray)
        {
            throw new ArgumentException($"No scheme '{stray.SchemeId}' to replace the measures of.", nameof(replacements));
        }

        if (replacements.GroupBy(r => r.SchemeId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two catalogues replace the measures of '{twice.Key}'.", nameof(replacements));
        }

        var measures = new Dictionary<string, MeasureCatalogue>(_measures, StringComparer.Ordinal);
        foreach (var replacement in replacements)
        {
            measures[replacement.SchemeId] = replacement;
        }

        return new PlanCatalogue(Schemes, [.. measures.Values]);
    }

    /// <summary>Reads a measures catalogue file (docs/measures.md) for the scheme it names, among this catalogue's
    /// schemes. Returns the catalogue, or null and every problem.</summary>
    public (MeasureCatalogue? Catalogue, IReadOnlyList<SchemeIssue> Issues) ReadMeasures(string json) =>
        MeasureCatalogueReader.Read(json, FindScheme);

    private static PlanCatalogue Load()
    {
        var schemes = new List<AlertScheme>();
        foreach (var name in SchemeFileNames)
        {
            var read = AlertSchemeReader.Read(PlanResources.ReadText(name));
            schemes.Add(read.Scheme ?? throw new InvalidDataException($"{name}: {string.Join("; ", read.Issues)}"));
        }

        var byId = schemes.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var measures = new List<MeasureCatalogue>();
        foreach (var name in PlanResources.Names("-measures.json"))
        {
            var scheme = byId[name[..^"-measures.json".Length]];
            var (catalogue, issues) = MeasureCatalogueReader.Read(PlanResources.ReadText(name), scheme);
            measures.Add(catalogue ?? throw new InvalidDataException($"{name}: {string.Join("; ", issues)}"));
        }

        return new PlanCatalogue([.. schemes.OrderBy(s => s.Id, StringComparer.Ordinal)], measures);
    }
}
