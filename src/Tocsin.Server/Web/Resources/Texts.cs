namespace Tocsin.Server.Web.Resources;

/// <summary>The texts of the pages: <c>Texts.resx</c> (English) and <c>Texts.fr.resx</c> (French), read through
/// <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts
{
    private Texts()
    {
    }
}
