namespace Tocsin.Server.Web.Analyst;

/// <summary>The texts of the picture's search page: <c>SearchTexts.resx</c> (English) and <c>SearchTexts.fr.resx</c>
/// (French), read through <c>IStringLocalizer&lt;SearchTexts&gt;</c>.</summary>
public sealed class SearchTexts
{
    private SearchTexts()
    {
    }
}
