using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>The protective measures of one scheme, each active from a given level upwards.</summary>
public sealed class MeasureCatalogue
{
    private readonly AlertScheme _scheme;

    /// <summary>A catalogue of <paramref name="measures"/> for <paramref name="scheme"/>.</summary>
    /// <exception cref="ArgumentException">A measure names a level the scheme lacks.</exception>
    public MeasureCatalogue(AlertScheme scheme, IReadOnlyList<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.FirstOrDefault(m => scheme.FindLevel(m.FromLevelKey) is null) is { } stray)
        {
            throw new ArgumentException($"Measure '{stray.Id}' names unknown level '{stray.FromLevelKey}'.", nameof(measures));
        }

        _scheme = scheme;
        Measures = measures;
    }

    /// <summary>Id of the scheme.</summary>
    public string SchemeId => _scheme.Id;

    /// <summary>Every measure, public and restricted, in catalogue order.</summary>
    public IReadOnlyList<Measure> Measures { get; }

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
}
