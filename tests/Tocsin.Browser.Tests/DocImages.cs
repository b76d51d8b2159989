namespace Tocsin.Browser.Tests;

/// <summary>Where the screenshot tests write: <c>docs/images/</c> of the repository the tests were built from, and
/// whether they were asked to (<c>TOCSIN_SCREENSHOTS=1</c>, README "Screenshots"): otherwise they do nothing.</summary>
internal static class DocImages
{
    /// <summary>True when the screenshots are to be regenerated.</summary>
    public static bool Wanted => Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") == "1";

    /// <summary><c>docs/images/</c>, created when missing.</summary>
    public static string Folder => Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "docs", "images")).FullName;

    /// <summary>The path of <paramref name="file"/> in <see cref="Folder"/>.</summary>
    public static string PathOf(string file) => Path.Combine(Folder, file);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tocsin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Tocsin.slnx above {AppContext.BaseDirectory}.");
    }
}
