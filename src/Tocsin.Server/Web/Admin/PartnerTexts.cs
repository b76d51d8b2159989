namespace Tocsin.Server.Web.Admin;

/// <summary>The texts of the partner rooms (partners, one partner, "see as partner"): <c>PartnerTexts.resx</c> (English)
/// and <c>PartnerTexts.fr.resx</c> (French), read through <c>IStringLocalizer&lt;PartnerTexts&gt;</c>.</summary>
public sealed class PartnerTexts
{
    private PartnerTexts()
    {
    }
}
