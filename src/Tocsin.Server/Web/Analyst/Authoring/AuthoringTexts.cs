namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>The texts of the authoring pages (forms, assertions, opinions, history): <c>AuthoringTexts.resx</c>
/// (English) and <c>AuthoringTexts.fr.resx</c> (French), read through <c>IStringLocalizer&lt;AuthoringTexts&gt;</c>.</summary>
public sealed class AuthoringTexts
{
    private AuthoringTexts()
    {
    }
}
