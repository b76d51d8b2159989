using System.Text.RegularExpressions;

namespace Tocsin.Server.Taxii;

/// <summary>The configured API roots, looked up by name.</summary>
public sealed partial class TaxiiApiRoots
{
    private readonly Dictionary<string, TaxiiApiRoot> _byName;

    /// <summary>Builds the roots of <paramref name="settings"/>.</summary>
    /// <exception cref="InvalidOperationException">A root name is invalid or repeated.</exception>
    public TaxiiApiRoots(TaxiiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configured = settings.ApiRoots.Count > 0 ? settings.ApiRoots : [new TaxiiApiRootSettings()];
        All = [.. configured.Select(ToRoot)];
        _byName = new Dictionary<string, TaxiiApiRoot>(StringComparer.Ordinal);
        foreach (var root in All)
        {
            if (!_byName.TryAdd(root.Name, root))
            {
                throw new InvalidOperationException($"TAXII API root '{root.Name}' is configured twice.");
            }
        }
    }

    /// <summary>Every root, the default first.</summary>
    public IReadOnlyList<TaxiiApiRoot> All { get; }

    /// <summary>The root named <paramref name="name"/>, or null.</summary>
    public TaxiiApiRoot? Find(string name) => _byName.GetValueOrDefault(name);

    private static TaxiiApiRoot ToRoot(TaxiiApiRootSettings root)
    {
        if (!RootName().IsMatch(root.Name))
        {
            throw new InvalidOperationException($"TAXII API root name '{root.Name}' is invalid: use 1 to 64 characters among a-z, 0-9, '-', '_' and '.'.");
        }

        return new TaxiiApiRoot(root.Name, root.Title ?? root.Name, root.Description, root.Collections.ToHashSet(StringComparer.Ordinal));
    }

    [GeneratedRegex("^[a-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RootName();
}
