namespace Tocsin.Server.Web.Account;

/// <summary>The texts of the second-factor pages: <c>FactorTexts.resx</c> (English) and <c>FactorTexts.fr.resx</c>
/// (French), read through <c>IStringLocalizer&lt;FactorTexts&gt;</c>.</summary>
public sealed class FactorTexts
{
    private FactorTexts()
    {
    }
}
