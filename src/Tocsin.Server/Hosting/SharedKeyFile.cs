using System.Security.Cryptography;

namespace Tocsin.Server.Hosting;

/// <summary>A random symmetric key kept in a file of the data directory, created on first use with mode 600.
/// Every node of one installation shares the data directory's key material (a shared volume or a mounted
/// secret, docs/deployment.md) while the database holds everything else: a key that only the database held
/// would be readable by anyone with a copy of it, which is what keeping keys apart from it avoids.</summary>
/// <remarks>Creation is safe when several nodes start at once on an empty directory: the key file is created with
/// an exclusive create (<c>O_CREAT|O_EXCL</c>), which exactly one node wins, and written and flushed by that node.
/// The others keep no key of their own: they read the winner's, waiting while it is still being written, so no node
/// ever keeps a key the others do not have. (A rename "without overwrite" is not atomic on Unix: two nodes could
/// both pass its existence check and the second replace the first's key.)</remarks>
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

        // The winner of a simultaneous start may still be writing: wait briefly for the whole key.
        for (var attempt = 1; ; attempt++)
        {
            var key = File.ReadAllBytes(path);
            if (key.Length == length)
            {
                return key;
            }

            if (attempt == 50)
            {
                throw new InvalidOperationException($"{path} must hold exactly {length} bytes; it holds {key.Length}.");
            }

            Thread.Sleep(20);
        }
    }

    private static void TryCreate(string path, int length)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 600 from the start: no moment when another user could read the key.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            file.Write(RandomNumberGenerator.GetBytes(length));
            file.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node created it first: use theirs.
        }
    }
}
