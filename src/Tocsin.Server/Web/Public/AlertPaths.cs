namespace Tocsin.Server.Web.Public;

/// <summary>Where each CAP message is shown as a readable page, beside its signed XML at <c>/feeds/cap/{identifier}.xml</c>.</summary>
public static class AlertPaths
{
    /// <summary>The page of the message <paramref name="identifier"/> in <paramref name="language"/>.</summary>
    public static string Of(string language, string identifier) => $"/{language}/alerts/{Uri.EscapeDataString(identifier)}";

    /// <summary>The message's signed XML.</summary>
    public static string XmlOf(string identifier) => $"/feeds/cap/{Uri.EscapeDataString(identifier)}.xml";
}
