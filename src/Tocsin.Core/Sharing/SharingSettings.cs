using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>The organisation-wide inputs of the sharing policy.</summary>
public sealed record SharingSettings
{
    /// <summary>The identities of our own organisation: objects whose <c>created_by_ref</c> is one of them are
    /// ours; every other object (including one without <c>created_by_ref</c>) is another originator's.</summary>
    public IReadOnlyList<string> OrganisationIdentityIds { get; init; } = [];

    /// <summary>The TLP an object with no TLP marking is treated as. RED unless configured (DESIGN "Sharing").</summary>
    public TlpLevel DefaultTlp { get; init; } = TlpLevel.Red;

    /// <summary>The named groups REL TO markings may use.</summary>
    public ReleasabilityGroups Groups { get; init; } = ReleasabilityGroups.Default;

    /// <summary>A stable text of these settings, for telling whether a partner view must be recomputed.</summary>
    public string Fingerprint() =>
        $"{PartnerProfileRules.TlpName(DefaultTlp)}|{string.Join(',', OrganisationIdentityIds.Order(StringComparer.Ordinal))}|{Groups.Fingerprint()}";
}
