using Tocsin.Core;

namespace Tocsin.Server.Web.Admin;

/// <summary>Which field of the add-subscriber form a refusal is about, so the page shows it beside that field.</summary>
public static class SubscriberFormErrors
{
    /// <summary>The form field (<c>Name</c>, <c>Url</c>, <c>Territories</c>) the error concerns, or null for the form as a whole.</summary>
    public static string? FieldOf(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "subscriber-name-invalid" or "subscriber-name-taken" => "Name",
            "webhook-url-invalid" or "webhook-target-unresolvable" or "webhook-target-refused" => "Url",
            "territory-unknown" => "Territories",
            _ => null,
        };
    }
}
