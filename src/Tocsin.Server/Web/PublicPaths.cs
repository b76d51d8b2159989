namespace Tocsin.Server.Web;

/// <summary>Public pages carry their language as the first path segment (<c>/fr/…</c>, <c>/en/…</c>), so each
/// address has one content and caches need not vary by cookie or header.</summary>
public static class PublicPaths
{
    /// <summary>The language a path starts with, or null.</summary>
    public static string? LanguageOf(PathString path)
    {
        var value = path.Value ?? string.Empty;
        var segment = value.TrimStart('/').Split('/', 2)[0];
        return segment.Length == 2 ? WebCultures.Supported.FirstOrDefault(s => s.Equals(segment, StringComparison.Ordinal)) : null;
    }

    /// <summary><paramref name="path"/> without its leading language segment, starting with <c>/</c>.</summary>
    public static string WithoutLanguage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LanguageOf(new PathString(path)) is null ? path : "/" + path.TrimStart('/')[2..].TrimStart('/');
    }
}
