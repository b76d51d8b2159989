namespace Tocsin.Core.Classification;

/// <summary>A deployment's national classification scale: its levels from the lowest (what an unmarked object
/// is) to the highest, and its handling caveats. Level and caveat names compare after trimming and
/// upper-casing, so <c>diffusion restreinte</c> names <c>DIFFUSION RESTREINTE</c>.</summary>
public sealed class ClassificationScale
{
    private readonly Dictionary<string, int> _ranks;
    private readonly Dictionary<string, Caveat> _caveats;

    /// <summary>A scale named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No level, a blank or repeated level, or a repeated caveat.</exception>
    public ClassificationScale(string name, string? country, IReadOnlyList<string> levels, IReadOnlyList<Caveat> caveats)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(caveats);
        if (levels.Count == 0)
        {
            throw new ArgumentException("A classification scale needs at least one level.", nameof(levels));
        }

        _ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var level in levels)
        {
            var key = Key(level);
            if (key.Length == 0 || !_ranks.TryAdd(key, _ranks.Count))
            {
                throw new ArgumentException($"Level '{level}' is blank or repeated.", nameof(levels));
            }
        }

        _caveats = new Dictionary<string, Caveat>(StringComparer.Ordinal);
        foreach (var caveat in caveats)
        {
            var key = Key(caveat.Name);
            if (key.Length == 0 || !_caveats.TryAdd(key, caveat with { Name = key }))
            {
                throw new ArgumentException($"Caveat '{caveat.Name}' is blank or repeated.", nameof(caveats));
            }
        }

        Name = name;
        Country = country;
        Levels = [.. levels.Select(Key)];
        Caveats = [.. caveats.Select(c => _caveats[Key(c.Name)])];
    }

    /// <summary>The scale's name (<c>fr</c>, <c>uk</c>, or as its file says).</summary>
    public string Name { get; }

    /// <summary>The country the scale belongs to (alpha-3), when its file says.</summary>
    public string? Country { get; }

    /// <summary>The levels, lowest first.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>The handling caveats a marking may carry.</summary>
    public IReadOnlyList<Caveat> Caveats { get; }

    /// <summary>The lowest level: what an object without a classification marking is.</summary>
    public string Lowest => Levels[0];

    /// <summary>The level named <paramref name="level"/> as the scale spells it, or null when not on the scale.</summary>
    public string? Find(string? level) => level is not null && _ranks.ContainsKey(Key(level)) ? Key(level) : null;

    /// <summary>The rank of a level (0 the lowest), or null when it is not on the scale.</summary>
    public int? RankOf(string? level) => level is not null && _ranks.TryGetValue(Key(level), out var rank) ? rank : null;

    /// <summary>The rank of a level where a name not on the scale ranks above every level: the safe side for
    /// what an object carries.</summary>
    public int RankOrAbove(string? level) => RankOf(level) ?? int.MaxValue;

    /// <summary>The caveat named <paramref name="name"/>, or null.</summary>
    public Caveat? FindCaveat(string? name) => name is not null ? _caveats.GetValueOrDefault(Key(name)) : null;

    /// <summary>A stable text of the scale, for telling whether a computed view must be recomputed.</summary>
    public string Fingerprint() =>
        $"{Name}:{string.Join('<', Levels)}:{string.Join(',', Caveats.Select(c => $"{c.Name}={c.Rule}"))}";

    /// <summary>How names compare: trimmed, upper case (invariant culture keeps accents).</summary>
    public static string Key(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();
}
