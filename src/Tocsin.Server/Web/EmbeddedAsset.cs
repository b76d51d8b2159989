using Microsoft.AspNetCore.Http.HttpResults;

namespace Tocsin.Server.Web;

/// <summary>Serves the files of <c>Web/static/</c>, embedded in the assembly so that they are there wherever the
/// server runs. Pages keep every script and style in these files: the content security policy forbids inline ones.</summary>
public static class EmbeddedAsset
{
    /// <summary>The embedded file <paramref name="name"/> as <paramref name="contentType"/>.</summary>
    /// <exception cref="InvalidOperationException">The file is missing from the build (a bug).</exception>
    public static ContentHttpResult Content(string name, string contentType)
    {
        using var stream = typeof(EmbeddedAsset).Assembly.GetManifestResourceStream("Tocsin.Server.Web.static." + name)
            ?? throw new InvalidOperationException($"Embedded asset '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return TypedResults.Content(reader.ReadToEnd(), contentType);
    }
}
