namespace Tocsin.Server.Web.Admin;

/// <summary>The texts of the administration pages for logs, people and deliveries (the landing page, the audit log,
/// the share log, users and subscribers): <c>AdministrationTexts.resx</c> (English) and
/// <c>AdministrationTexts.fr.resx</c> (French), read through <c>IStringLocalizer&lt;AdministrationTexts&gt;</c>.</summary>
public sealed class AdministrationTexts
{
    private AdministrationTexts()
    {
    }
}
