namespace Tocsin.Server.Snapshot;

/// <summary>Writes a static export so that a web server never serves half of one: every file goes into a new release
/// directory beside the target, and the target — a symbolic link — is then pointed at it with one rename, which
/// POSIX makes atomic. A failure on the way removes the new release and leaves the target as it was.</summary>
/// <remarks>Releases live in <c>.NAME.releases/</c> next to the target <c>NAME</c>; the current one and the one before
/// it are kept (a reader that resolved the old link a moment ago still finds its file), older ones are removed.</remarks>
public static class StaticSiteWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="directory"/>; returns how many
    /// files were written.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="directory"/> is a file, or a directory holding files that
    /// an export did not write; a file path leaves the export.</exception>
    public static async Task<int> WriteAsync(string directory, IAsyncEnumerable<StaticFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException("The export cannot replace the root directory.");
        var releasesName = "." + Path.GetFileName(target) + ".releases";
        var releases = Path.Combine(parent, releasesName);
        var name = Guid.NewGuid().ToString("N");
        var release = Path.Combine(releases, name);
        var link = release + ".link";
        // The release the target names now stays one more round: a reader may have just resolved the link to it.
        var previous = Path.GetFileName(new FileInfo(target).LinkTarget ?? string.Empty);
        Directory.CreateDirectory(release);
        var count = 0;
        try
        {
            await foreach (var file in files.WithCancellation(cancellationToken))
            {
                var path = Path.GetFullPath(Path.Combine(release, file.Path));
                if (!path.StartsWith(release + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"'{file.Path}' is outside the export.");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, file.Bytes, cancellationToken);
                count++;
            }

            ClearForLink(target);
            // Relative, so the export and its releases can be moved together.
            File.CreateSymbolicLink(link, Path.Combine(releasesName, name));
            File.Move(link, target, overwrite: true);
        }
        catch
        {
            File.Delete(link);
            Directory.Delete(release, recursive: true);
            throw;
        }

        RemoveOldReleases(releases, name, previous);
        return count;
    }

    // The target is the link of an earlier export, or absent, or an empty directory made ready for the first one.
    private static void ClearForLink(string target)
    {
        if (new FileInfo(target).LinkTarget is not null)
        {
            return;
        }

        if (File.Exists(target))
        {
            throw new InvalidOperationException($"'{target}' is a file, not an export directory.");
        }

        if (Directory.Exists(target))
        {
            if (Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new InvalidOperationException($"'{target}' holds files an export did not write; give an empty or new directory.");
            }

            Directory.Delete(target);
        }
    }

    private static void RemoveOldReleases(string releases, string current, string previous)
    {
        foreach (var old in Directory.EnumerateFileSystemEntries(releases))
        {
            var name = Path.GetFileName(old);
            if (!string.Equals(name, current, StringComparison.Ordinal) && !string.Equals(name, previous, StringComparison.Ordinal))
            {
                if (Directory.Exists(old))
                {
                    Directory.Delete(old, recursive: true);
                }
                else
                {
                    File.Delete(old);
                }
            }
        }
    }
}
