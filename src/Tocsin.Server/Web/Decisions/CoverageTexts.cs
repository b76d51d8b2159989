namespace Tocsin.Server.Web.Decisions;

/// <summary>The texts of the coverage page: <c>CoverageTexts.resx</c> (English) and <c>CoverageTexts.fr.resx</c>
/// (French), read through <c>IStringLocalizer&lt;CoverageTexts&gt;</c>.</summary>
public sealed class CoverageTexts
{
    private CoverageTexts()
    {
    }
}
