using Tocsin.Server.Sharing;

namespace Tocsin.Server.Web.Admin;

/// <summary>What the partner forms post: the profile's fields as typed, lists as codes separated by spaces or commas.</summary>
public sealed class PartnerForm
{
    /// <summary>The partner's name (adding only).</summary>
    public string? Name { get; set; }

    /// <summary>ISO 3166-1 alpha-3 country code.</summary>
    public string? Country { get; set; }

    /// <summary>TLP ceiling.</summary>
    public string? Ceiling { get; set; }

    /// <summary>Classification ceiling; blank is the scale's lowest level.</summary>
    public string? ClassificationCeiling { get; set; }

    /// <summary>REL TO codes.</summary>
    public string? Rel { get; set; }

    /// <summary>Named-recipient lists.</summary>
    public string? RecipientOf { get; set; }

    /// <summary>Sectors.</summary>
    public string? Sectors { get; set; }

    /// <summary>Recipient groups.</summary>
    public string? Groups { get; set; }

    /// <summary>The fields for <see cref="PartnerAdministration"/>: every field is set, so that emptying a list empties it.</summary>
    public PartnerFields ToFields() => new()
    {
        Country = Country?.Trim() ?? string.Empty,
        Ceiling = Ceiling ?? string.Empty,
        ClassificationCeiling = ClassificationCeiling ?? string.Empty,
        Rel = Codes(Rel),
        RecipientOf = Codes(RecipientOf),
        Sectors = Codes(Sectors),
        Groups = Codes(Groups),
    };

    /// <summary>A form showing <paramref name="partner"/>'s stored profile.</summary>
    public static PartnerForm Of(PartnerDetails partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var profile = partner.Profile;
        return new PartnerForm
        {
            Name = profile.Name,
            Country = profile.Country,
            Ceiling = Core.Sharing.PartnerProfileRules.TlpName(profile.Ceiling),
            ClassificationCeiling = profile.ClassificationCeiling,
            Rel = string.Join(' ', profile.Releasability),
            RecipientOf = string.Join(' ', profile.Recipients),
            Sectors = string.Join(' ', profile.Sectors),
            Groups = string.Join(' ', profile.Groups),
        };
    }

    private static string[] Codes(string? text) => (text ?? string.Empty).Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
