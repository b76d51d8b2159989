using Microsoft.Extensions.Localization;
using Tocsin.Core;

namespace Tocsin.Server.Web.Admin;

/// <summary>A refusal of partner administration in the reader's language: the room's own text for its code when there is one,
/// else the service's message.</summary>
public static class PartnerErrorText
{
    /// <summary>The text shown for <paramref name="error"/>.</summary>
    public static string Of(IStringLocalizer<PartnerTexts> texts, Error error)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(error);
        var localized = texts["Error_" + error.Code];
        return localized.ResourceNotFound ? error.Message : localized.Value;
    }
}
