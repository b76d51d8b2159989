using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>What a partner service may receive (DESIGN "Principals", "Sharing"). The partner itself is a
/// <see cref="Principals.Principal"/> of kind partner; this is its sharing profile.</summary>
/// <param name="PrincipalId">The partner principal's id.</param>
/// <param name="Name">The partner principal's name, also the name a named-recipients marking uses.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the partner's country, upper case (e.g. <c>FRA</c>).</param>
/// <param name="Ceiling">The most restrictive TLP it may receive: <see cref="TlpLevel.Amber"/> means CLEAR,
/// GREEN and AMBER.</param>
/// <param name="Releasability">Further REL TO codes it qualifies under, upper case: alpha-3 countries or named
/// groups (<c>FVEY</c>, <c>EU</c>, <c>NATO</c>). Its country and the groups containing it count anyway.</param>
/// <param name="Recipients">Named-recipient lists it belongs to, as written in recipients markings (its own
/// name always counts).</param>
public sealed record PartnerProfile(
    Guid PrincipalId,
    string Name,
    string Country,
    TlpLevel Ceiling,
    IReadOnlyList<string> Releasability,
    IReadOnlyList<string> Recipients)
{
    /// <summary>Sector ids the partner belongs to (<c>RecipientTerms.Sectors</c>): the measures its webhook
    /// subscribers receive are addressed by these.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Recipient group ids the partner belongs to (<c>RecipientTerms.Groups</c>).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>The highest national classification level it may receive (a level of the deployment's scale); null
    /// is the scale's lowest level, as is a level no longer on the scale (docs/classification.md).</summary>
    public string? ClassificationCeiling { get; init; }
}
