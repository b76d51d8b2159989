namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>The evaluation corpus: short reports (<c>NN-name.txt</c>) with their gold annotations
/// (<c>NN-name.json</c>), one folder per split. It is test data, not product: it lives in the source tree under
/// <see cref="SourceTreeRoot"/>, with a <c>dev</c> split to tune on and a frozen <c>test</c> split to measure on.</summary>
public static class IngestCorpus
{
    /// <summary>Where the corpus lives, relative to the repository root.</summary>
    public const string SourceTreeRoot = "tests/Tocsin.Core.Tests/Ingest/Corpus";

    /// <summary>The splits, in the order they are described.</summary>
    public static IReadOnlyList<string> Sets { get; } = ["dev", "test"];

    /// <summary>Every case of a folder (each <c>.json</c> with its <c>.txt</c>), ordered by id.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A gold file is not valid or its text is missing; the message
    /// names the file.</exception>
    public static IReadOnlyList<CorpusCase> Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No corpus folder at {directory}.");
        }

        return Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(CorpusCaseReader.Read)
            .ToList();
    }

    /// <summary>The corpus root (<see cref="SourceTreeRoot"/>) in <paramref name="startDirectory"/> or the nearest
    /// folder above it that holds one, or null when none does.</summary>
    public static string? FindRoot(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(startDirectory);
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, SourceTreeRoot);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
