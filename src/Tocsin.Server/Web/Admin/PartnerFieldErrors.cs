namespace Tocsin.Server.Web.Admin;

/// <summary>Which form field a refusal of partner administration is about, so that its message stands next to that field.</summary>
public static class PartnerFieldErrors
{
    /// <summary>The form field of error code <paramref name="code"/>; <c>form</c> for a refusal about no single field.</summary>
    public static string FieldOf(string code) => code switch
    {
        "principal-name-invalid" or "principal-name-taken" => "name",
        "partner-country-invalid" => "country",
        "unknown-tlp" => "ceiling",
        "classification-level-unknown" => "classification",
        "partner-releasability-invalid" => "rel",
        "partner-recipient-invalid" => "recipients",
        "sector-unknown" => "sectors",
        "recipient-group-unknown" => "groups",
        "api-key-expiry-past" or "time-invalid" => "expiry",
        _ => "form",
    };
}
