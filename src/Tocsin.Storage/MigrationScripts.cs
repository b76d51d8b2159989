using System.Globalization;

namespace Tocsin.Storage;

/// <summary>The forward-only migration scripts one engine embeds under a resource prefix, named
/// <c>NNNN_name.sql</c> and applied in version order.</summary>
internal sealed class MigrationScripts
{
    private readonly string _resourcePrefix;

    public MigrationScripts(string resourcePrefix)
    {
        _resourcePrefix = resourcePrefix;
        All = Find(resourcePrefix);
    }

    /// <summary>The embedded scripts, by version.</summary>
    public IReadOnlyList<(int Version, string Name)> All { get; }

    /// <summary>The newest version this build knows (0 when none).</summary>
    public int Newest => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>The text of the script named <paramref name="name"/>.</summary>
    public string Read(string name)
    {
        using var stream = typeof(MigrationScripts).Assembly.GetManifestResourceStream(_resourcePrefix + name)
            ?? throw new InvalidOperationException($"Migration '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The refusal for a database some newer build migrated.</summary>
    public InvalidOperationException TooNew(long databaseVersion) =>
        new($"The database is at schema version {databaseVersion}, newer than this build knows ({Newest}). Upgrade Tocsin.");

    private static List<(int Version, string Name)> Find(string resourcePrefix)
    {
        var scripts = new List<(int, string)>();
        foreach (var resource in typeof(MigrationScripts).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[resourcePrefix.Length..];
            if (name.IndexOf('_', StringComparison.Ordinal) != 4 || !int.TryParse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{name}' is not named NNNN_name.sql.");
            }

            scripts.Add((version, name));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return scripts;
    }
}
