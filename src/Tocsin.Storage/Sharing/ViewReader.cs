using Tocsin.Core.Classification;

namespace Tocsin.Storage.Sharing;

/// <summary>Who a materialised view of a collection is computed for (docs/sharing.md, docs/classification.md): a
/// partner (its sharing profile and the national release rules) or a staff member (their clearance). Both are
/// computed by the same engine and kept the same way, keyed by principal id.</summary>
/// <param name="PrincipalId">The partner or staff principal.</param>
/// <param name="IsStaff">True for a staff member's clearance view.</param>
/// <param name="National">The deployment's scale and country.</param>
public sealed record ViewReader(Guid PrincipalId, bool IsStaff, NationalRules National)
{
    /// <summary>Identities counted as our organisation besides the sharing settings' (the server's own), whose
    /// marking definitions the staff rule honours.</summary>
    public IReadOnlyList<string> AlsoOurs { get; init; } = [];

    /// <summary>A partner's view.</summary>
    public static ViewReader Partner(Guid partnerId, NationalRules national) => new(partnerId, IsStaff: false, national);

    /// <summary>A staff member's clearance view.</summary>
    public static ViewReader Staff(Guid principalId, NationalRules national, IReadOnlyList<string> alsoOurs) =>
        new(principalId, IsStaff: true, national) { AlsoOurs = alsoOurs };

    /// <summary>What of the reader, besides its profile or clearance revision, a view is computed from.</summary>
    public string Fingerprint() =>
        $"{(IsStaff ? "staff" : "partner")}|{National.Fingerprint()}|{string.Join(',', AlsoOurs.Order(StringComparer.Ordinal))}";
}
