using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Audit;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>Finds (or creates, when configured) the Tocsin user a provider vouches for, and sets its roles from
/// the provider's claims when a roles claim is configured. Writes are audited with the actor
/// <c>oidc:</c> and the provider's address, since nobody is signed in yet.</summary>
public sealed class SingleSignOnLink(ITocsinStore store, SingleSignOnSettings settings)
{
    /// <summary>The staff principal to open a session for, or why there is none.</summary>
    public async Task<(Principal? Principal, SingleSignOnRefusal? Refusal)> ResolveAsync(ProviderIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.UserName is not { } name)
        {
            return (null, SingleSignOnRefusal.NoUserName);
        }

        using var actor = AuditActor.Use("oidc:" + settings.Authority);
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        if (principal is null)
        {
            if (settings.Provisioning == SingleSignOnProvisioning.LinkExisting)
            {
                return (null, SingleSignOnRefusal.UnknownUser);
            }

            // Nobody without a role is created: a refused person leaves no trace but the log line.
            if (identity.Roles is not { Count: > 0 } roles)
            {
                return (null, SingleSignOnRefusal.NotStaff);
            }

            var added = await store.AddPrincipalAsync(name, PrincipalKind.User, roles, passwordHash: null, cancellationToken);
            return added.IsSuccess ? (added.Value, null) : (null, SingleSignOnRefusal.NoUserName);
        }

        // A partner service's name never opens a staff session, whatever the provider says; nothing is changed.
        // Nor does a disabled user's, and the provider's roles are not applied to it meanwhile.
        if (principal.Kind != PrincipalKind.User || principal.DisabledAt is not null)
        {
            return (null, SingleSignOnRefusal.NotStaff);
        }

        if (identity.Roles is { } mapped)
        {
            var updated = await store.SetPrincipalRolesAsync(name, mapped, cancellationToken);
            if (!updated.IsSuccess)
            {
                return (null, SingleSignOnRefusal.UnknownUser);
            }

            principal = updated.Value;
        }

        return principal.Roles.Count == 0 ? (null, SingleSignOnRefusal.NotStaff) : (principal, null);
    }
}
