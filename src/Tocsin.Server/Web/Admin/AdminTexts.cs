namespace Tocsin.Server.Web.Admin;

/// <summary>The texts of the administrators' room: <c>AdminTexts.resx</c> (English) and <c>AdminTexts.fr.resx</c>
/// (French), read through <c>IStringLocalizer&lt;AdminTexts&gt;</c>.</summary>
public sealed class AdminTexts
{
    private AdminTexts()
    {
    }
}
