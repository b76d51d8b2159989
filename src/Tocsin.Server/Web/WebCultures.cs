using System.Globalization;

namespace Tocsin.Server.Web;

/// <summary>The languages the pages are written in, and which one the current request reads.</summary>
public static class WebCultures
{
    /// <summary>French, the default: the language of the shipped national scheme.</summary>
    public const string French = "fr";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Every supported language, the default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = [French, English];

    /// <summary>The current request's language: one of <see cref="Supported"/>.</summary>
    public static string Current => Normalise(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? French;

    /// <summary>The supported language <paramref name="language"/> names (<c>fr</c>, <c>fr-CA</c>, <c>EN</c>…), or null.</summary>
    public static string? Normalise(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        var head = language.Split('-', '_')[0].ToLowerInvariant();
        return Supported.FirstOrDefault(s => s.Equals(head, StringComparison.Ordinal));
    }

    /// <summary>The (neutral) culture for <paramref name="language"/>, one of <see cref="Supported"/>: a reader's
    /// <c>fr-CA</c> or <c>en-US</c> falls back to it.</summary>
    public static CultureInfo CultureOf(string language) => CultureInfo.GetCultureInfo(language == English ? English : French);
}
