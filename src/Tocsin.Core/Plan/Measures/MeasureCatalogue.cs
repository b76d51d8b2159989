using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>The protective measures of one scheme, grouped in the domains the catalogue declares, each active from a
/// given level upwards.</summary>
public sealed class MeasureCatalogue
{
    private readonly AlertScheme _scheme;
    private readonly Dictionary<string, MeasureDomain> _domains;

    /// <summary>A catalogue of <paramref name="measures"/> in <paramref name="domains"/> for <paramref name="scheme"/>.</summary>
    /// <exception cref="ArgumentException">A measure names a level the scheme lacks or a domain not declared, or two
    /// domains share an id.</exception>
    public MeasureCatalogue(AlertScheme scheme, IReadOnlyList<MeasureDomain> domains, IReadOnlyList<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentNullException.ThrowIfNull(measures);
        if (domains.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Domain '{twice.Key}' is declared twice.", nameof(domains));
        }

        _domains = domains.ToDictionary(d => d.Id, StringComparer.Ordinal);
        if (measures.FirstOrDefault(m => scheme.FindLevel(m.FromLevelKey) is null) is { } stray)
        {
            throw new ArgumentException($"Measure '{stray.Id}' names unknown level '{stray.FromLevelKey}'.", nameof(measures));
        }

        if (measures.FirstOrDefault(m => !_domains.ContainsKey(m.Domain)) is { } homeless)
        {
            throw new ArgumentException($"Measure '{homeless.Id}' names undeclared domain '{homeless.Domain}'.", nameof(measures));
        }

        _scheme = scheme;
        Domains = domains;
        Measures = measures;
    }

    /// <summary>A catalogue of <paramref name="measures"/> whose domains are declared bare (id and code only, no titles)
    /// from the ids the measures name, in order of first use: for code and tests that build measures by hand.</summary>
    /// <exception cref="ArgumentException">A measure names a level the scheme lacks.</exception>
    public MeasureCatalogue(AlertScheme scheme, IReadOnlyList<Measure> measures)
        : this(scheme, BareDomains(measures), measures)
    {
    }

    /// <summary>Id of the scheme.</summary>
    public string SchemeId => _scheme.Id;

    /// <summary>The domains the catalogue declares, in catalogue order.</summary>
    public IReadOnlyList<MeasureDomain> Domains { get; }

    /// <summary>Every measure, public and restricted, in catalogue order.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>The domain declared with <paramref name="id"/> (exact, ordinal), or null.</summary>
    public MeasureDomain? FindDomain(string id) => _domains.GetValueOrDefault(id);

    /// <summary>The measure with <paramref name="id"/> (exact, ordinal), or null.</summary>
    public Measure? FindMeasure(string id) => Measures.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>The measures active at <paramref name="levelKey"/>: those whose lowest level ranks at or
    /// below it, in catalogue order; only public ones when <paramref name="publicOnly"/>. Fails with
    /// <c>unknown-level</c> when the scheme has no such level.</summary>
    public Result<IReadOnlyList<Measure>> ActiveAt(string levelKey, bool publicOnly = false)
    {
        if (_scheme.FindLevel(levelKey) is not { } level)
        {
            return new Error("unknown-level", $"Scheme '{_scheme.Id}' has no level '{levelKey}'.");
        }

        return Measures
            .Where(m => _scheme.FindLevel(m.FromLevelKey)!.Rank <= level.Rank && (m.IsPublic || !publicOnly))
            .ToList();
    }

    private static List<MeasureDomain> BareDomains(IReadOnlyList<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. measures.Select(m => m.Domain).Distinct(StringComparer.Ordinal).Select(id => new MeasureDomain(id, id.ToUpperInvariant(), none, none))];
    }
}
