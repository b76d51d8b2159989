using System.Runtime.InteropServices;

namespace Tocsin.Cli.Native;

/// <summary>Hands a command line to the managed command published beside the front door by replacing this process
/// with it (<c>execv</c>): same process id, same arguments, same environment, same standard streams and signals,
/// so <c>tocsin serve</c> behaves exactly as if the managed command had been started directly.</summary>
internal static partial class ManagedCommand
{
    /// <summary>The file name of the managed command's self-contained launcher, in the front door's directory.</summary>
    public const string FileName = "tocsin-managed";

    /// <summary>Where the managed command is expected: beside this executable (links resolved).</summary>
    public static string PathBeside() => Path.Combine(AppContext.BaseDirectory, FileName);

    /// <summary>Replaces this process with the managed command run with <paramref name="args"/>; returns only when
    /// that failed, with the exit code after saying why in one line.</summary>
    public static int Replace(string path, string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(path))
        {
            error.WriteLine($"tocsin: {path} is missing: the front door runs every command but validate through it (reinstall the release)");
            return ExitCodes.Failure;
        }

        // argv for execv: the program path, the arguments, then a null pointer. Left allocated: on success the
        // process image is replaced, and on failure the process is about to exit.
        var argv = new nint[args.Length + 2];
        argv[0] = Marshal.StringToCoTaskMemUTF8(path);
        for (var i = 0; i < args.Length; i++)
        {
            argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
        }

        Execv(argv[0], argv);
        var errno = Marshal.GetLastPInvokeError();
        error.WriteLine($"tocsin: cannot start {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        return ExitCodes.Failure;
    }

    /// <summary>POSIX <c>execv</c>: the new program inherits this process's environment.</summary>
    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static partial int Execv(nint path, nint[] argv);
}
