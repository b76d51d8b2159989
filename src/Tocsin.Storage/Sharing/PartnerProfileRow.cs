using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Sharing;

/// <summary>A <c>partner_profiles</c> row joined to its principal's name, as every engine stores it: the
/// ceiling by TLP name, releasability, recipients, sectors and groups space-separated, the classification ceiling
/// by level name (null: the scale's lowest).</summary>
internal sealed record PartnerProfileRow(string PrincipalId, string Name, string Country, string Ceiling, string Releasability, string Recipients,
    string Sectors, string Groups, string? ClassificationCeiling)
{
    public static PartnerProfileRow Of(PartnerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile.PrincipalId.ToString("D"), profile.Name, profile.Country, PartnerProfileRules.TlpName(profile.Ceiling),
            string.Join(' ', profile.Releasability), string.Join(' ', profile.Recipients), string.Join(' ', profile.Sectors),
            string.Join(' ', profile.Groups), profile.ClassificationCeiling);
    }

    public PartnerProfile ToProfile() => new(
        Guid.Parse(PrincipalId),
        Name,
        Country,
        PartnerProfileRules.ParseTlp(Ceiling).Value,
        Releasability.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Recipients.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        Sectors = Sectors.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Groups = Groups.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        ClassificationCeiling = ClassificationCeiling,
    };

    public AuditRecord AuditOfSet() => AuditRecord.Of(AuditActions.PartnerProfileSet, PrincipalId, new JsonObject
    {
        ["name"] = Name,
        ["country"] = Country,
        ["ceiling"] = Ceiling,
        ["releasability"] = Releasability,
        ["recipients"] = Recipients,
        ["sectors"] = Sectors,
        ["groups"] = Groups,
        ["classification_ceiling"] = ClassificationCeiling,
    });
}
