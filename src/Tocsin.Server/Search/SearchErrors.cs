using Tocsin.Core;

namespace Tocsin.Server.Search;

/// <summary>The expected failures of a search of the picture: each a 400 naming the parameter at fault, so that
/// the page can show it beside its field; nothing was searched.</summary>
public static class SearchErrors
{
    /// <summary>The parameters a refusal can name, each with its code <c>search-{parameter}-invalid</c>.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["q", "type", "marking", "from", "to", "limit", "next"];

    /// <summary><c>search-{parameter}-invalid</c>: <paramref name="parameter"/> (one of <see cref="Parameters"/>)
    /// cannot be used, for the reason <paramref name="why"/>.</summary>
    public static Error Invalid(string parameter, string why) =>
        new($"search-{parameter}-invalid", "The search cannot be run: " + why) { Kind = ErrorKind.Malformed };

    /// <summary>The parameter a refusal names, or null for an error that is not a search refusal.</summary>
    public static string? ParameterOf(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Parameters.FirstOrDefault(p => error.Code == $"search-{p}-invalid");
    }
}
