using System.Security.Cryptography;

namespace Tocsin.Server.Hosting;

/// <summary>A random symmetric key kept in a file of the data directory, created on first use with mode 600.
/// Every node of one installation shares the data directory's key material (a shared volume or a mounted
/// secret, docs/deployment.md) while the database holds everything else: a key that only the database held
/// would be readable by anyone with a copy of it, which is what keeping keys apart from it avoids.</summary>
/// <remarks>Creation is safe when several nodes start at once on an empty directory: the key is written and
/// flushed under a private temporary name, then linked to its final name without overwriting (an atomic
/// create-if-absent). The first node to link wins; the others discard theirs and read the winner's, so no
/// node ever reads a half-written file or keeps a key the others do not have.</remarks>
public static class SharedKeyFile
{
    /// <summary>The key in <paramref name="fileName"/> of <paramref name="dataDirectory"/>, created when missing.</summary>
    /// <exception cref="InvalidOperationException">The file exists with another length than <paramref name="length"/>.</exception>
    public static byte[] ReadOrCreate(string dataDirectory, string fileName, int length)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 16);
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, fileName);
        if (!File.Exists(path))
        {
            TryCreate(path, length);
        }

        var key = File.ReadAllBytes(path);
        return key.Length == length
            ? key
            : throw new InvalidOperationException($"{path} must hold exactly {length} bytes; it holds {key.Length}.");
    }

    private static void TryCreate(string path, int length)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 600 from the start: no moment when another user could read the key.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var file = new FileStream(temporary, options))
            {
                file.Write(RandomNumberGenerator.GetBytes(length));
                file.Flush(flushToDisk: true);
            }

            // Without overwrite, the move fails when the name exists: another node created the key first.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node created it first: use theirs.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
