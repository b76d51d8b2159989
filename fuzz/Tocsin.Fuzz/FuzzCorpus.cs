namespace Tocsin.Fuzz;

/// <summary>Loads saved inputs: seed corpora (<c>fuzz/corpus/HARNESS/</c>) and the crashes afl-fuzz saved.</summary>
public static class FuzzCorpus
{
    /// <summary>Every file named in <paramref name="paths"/> and every file under the folders named, in a stable
    /// order. AFL's own bookkeeping files (its README.txt beside the crashes) are not inputs and are skipped.</summary>
    public static IReadOnlyList<FuzzInput> Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !string.Equals(Path.GetFileName(f), "README.txt", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No file or folder {path}.", path);
            }
        }

        return files.Select(f => new FuzzInput(f, File.ReadAllBytes(f))).ToList();
    }
}
