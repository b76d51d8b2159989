using Tocsin.Core;

namespace Tocsin.Cli;

/// <summary>Opens a file named on the command line, turning the usual mistakes into one-line messages.</summary>
public static class InputFile
{
    /// <summary>A sequential read stream over <paramref name="path"/>, or why it cannot be read.</summary>
    public static Result<Stream> OpenRead(string path)
    {
        if (Directory.Exists(path))
        {
            return new Error("is-directory", $"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            return new Error("file-not-found", $"{path}: no such file");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            return new Error("permission-denied", $"{path}: permission denied");
        }
        catch (IOException ex)
        {
            return new Error("unreadable", $"{path}: cannot be read ({ex.Message})");
        }
    }
}
