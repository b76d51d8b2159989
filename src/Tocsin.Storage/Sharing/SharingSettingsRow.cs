using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Sharing;

/// <summary>The <c>sharing_settings</c> row as every engine stores it: identity ids space-separated, the
/// default TLP by name, releasability groups as JSON (null: the built-in table), and the revision that
/// partner views are computed against.</summary>
internal sealed record SharingSettingsRow(string Ids, string Tlp, string? Groups, long Revision)
{
    /// <summary>The row to write for <paramref name="settings"/>; the revision is the engine's to bump.</summary>
    public static SharingSettingsRow Of(SharingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var groups = settings.Groups.Names.ToDictionary(n => n, n => settings.Groups.MembersOf(n).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new(string.Join(' ', settings.OrganisationIdentityIds), PartnerProfileRules.TlpName(settings.DefaultTlp), JsonSerializer.Serialize(groups), 0);
    }

    public SharingSettings ToSettings() => new()
    {
        OrganisationIdentityIds = Ids.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        DefaultTlp = PartnerProfileRules.ParseTlp(Tlp).Value,
        Groups = Groups is null
            ? ReleasabilityGroups.Default
            : new ReleasabilityGroups(JsonSerializer.Deserialize<Dictionary<string, string[]>>(Groups)!
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value, StringComparer.Ordinal)),
    };

    public AuditRecord AuditOfSet() => AuditRecord.Of(AuditActions.SharingSettingsSet, "sharing", new JsonObject
    {
        ["organisation_ids"] = Ids,
        ["default_tlp"] = Tlp,
        ["groups"] = Groups,
    });
}
