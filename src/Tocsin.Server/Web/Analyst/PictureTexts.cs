namespace Tocsin.Server.Web.Analyst;

/// <summary>The texts of the incident and threat-actor pages: <c>PictureTexts.resx</c> (English) and
/// <c>PictureTexts.fr.resx</c> (French), read through <c>IStringLocalizer&lt;PictureTexts&gt;</c>.</summary>
public sealed class PictureTexts
{
    private PictureTexts()
    {
    }
}
