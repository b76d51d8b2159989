namespace Tocsin.Server.Web.Admin;

/// <summary>The texts of the webhook subscriber pages: <c>SubscriberTexts.resx</c> (English) and
/// <c>SubscriberTexts.fr.resx</c> (French), read through <c>IStringLocalizer&lt;SubscriberTexts&gt;</c>.</summary>
public sealed class SubscriberTexts
{
    private SubscriberTexts()
    {
    }
}
