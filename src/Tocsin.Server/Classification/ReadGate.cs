using System.Security.Claims;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Classification;

/// <summary>The one entry of every staff read path into the clearance rules (docs/classification.md): builds the
/// <see cref="StaffReader"/> of the caller from their stored clearance, the deployment's scale and the marking
/// definitions our picture holds.</summary>
public sealed class ReadGate(ITocsinStore store, NationalClassification national, ServerSettings settings)
{
    /// <summary>The deployment's classification configuration.</summary>
    public NationalClassification National => national;

    /// <summary>The reader for <paramref name="user"/>. A principal without a stored clearance, an unauthenticated
    /// caller or a partner service (which reads through its partner view, never as staff) holds the scale's lowest
    /// level and no compartment.</summary>
    public async Task<StaffReader> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.PrincipalId();
        var stored = id is { } principal && !user.IsPartner() ? await store.Classification.FindClearanceAsync(principal, cancellationToken) : null;
        var context = await ContextAsync(cancellationToken);
        return new StaffReader(id ?? Guid.Empty, stored?.Clearance ?? Clearance.Lowest(national.Scale), stored?.Revision ?? 0, context, national);
    }

    /// <summary>The clearance view of staff member <paramref name="principalId"/> (docs/classification.md): computed
    /// by the partner-view machinery with the same rule and the same identities as <see cref="ForAsync"/>.</summary>
    public ViewReader StaffView(Guid principalId) => ViewReader.Staff(principalId, national.Rules, [settings.OrganizationIdentityId]);

    /// <summary>The decision context of staff reads: our organisation's identities (the sharing settings' and the
    /// server's), and the marking definitions of our picture that one of them created.</summary>
    public async Task<SharingContext> ContextAsync(CancellationToken cancellationToken)
    {
        var sharing = await store.Sharing.GetSettingsAsync(cancellationToken);
        var ours = sharing with { OrganisationIdentityIds = [.. sharing.OrganisationIdentityIds.Append(settings.OrganizationIdentityId).Distinct(StringComparer.Ordinal)] };
        var probe = new SharingContext(ours, MarkingCatalogue.BuiltIn);
        var definitions = (await store.Classification.MarkingDefinitionsAsync(cancellationToken)).Where(d => probe.IsOurs(d.CreatedByRef));
        return new SharingContext(ours, MarkingCatalogue.Create(definitions)) { National = national.Rules };
    }
}
